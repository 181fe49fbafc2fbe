// Checks dining philosophers where everyone takes the left fork first and then waits for the right.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 5
	forks := make([]sync.Mutex, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			left, right := &forks[i], &forks[(i+1)%n]
			left.Lock()
			time.Sleep(time.Duration(i+1) * 30 * time.Millisecond)
			fmt.Println("philosopher", i, "holds left fork, waits for right")
			right.Lock()
			fmt.Println("philosopher", i, "eats")
			right.Unlock()
			left.Unlock()
		}()
	}
	wg.Wait()
}
