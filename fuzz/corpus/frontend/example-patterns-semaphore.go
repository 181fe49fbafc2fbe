// Semaphore: a buffered channel lets at most two tasks run at once
// What to look for: five goroutines start, but only two hold a slot in sem at a time; the rest block on the send until a slot frees.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 2) // capacity = max tasks in flight
	var wg sync.WaitGroup
	var mu sync.Mutex
	inFlight, maxInFlight := 0, 0

	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}        // acquire a slot
			defer func() { <-sem }() // release it

			mu.Lock()
			inFlight++
			if inFlight > maxInFlight {
				maxInFlight = inFlight
			}
			mu.Unlock()

			time.Sleep(time.Duration(id) * 10 * time.Millisecond)
			fmt.Println("task", id, "done")

			mu.Lock()
			inFlight--
			mu.Unlock()
		}(i)
	}

	wg.Wait()
	fmt.Println("max in flight:", maxInFlight)
}
