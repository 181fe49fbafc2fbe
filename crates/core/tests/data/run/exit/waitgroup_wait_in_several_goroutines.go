// Checks that several goroutines can Wait on the same WaitGroup and all are released together.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var ready, waiters sync.WaitGroup
	ready.Add(1)
	released := make(chan string, 3)
	for _, name := range []string{"w1", "w2", "w3"} {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			ready.Wait()
			released <- name
		}()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("releasing")
	ready.Done()
	waiters.Wait()
	close(released)
	for n := range released {
		fmt.Println(n, "released")
	}
}
