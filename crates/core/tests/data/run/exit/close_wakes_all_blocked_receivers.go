// Checks that closing a channel wakes every goroutine blocked receiving on it, and the order they resume in.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := make(chan struct{})
	woken := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-start
			woken <- i
			_ = ok
		}()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("all blocked, closing")
	close(start)
	wg.Wait()
	close(woken)
	for id := range woken {
		fmt.Println("woken", id)
	}
}
