// Checks a worker pool deadlock: workers block sending results nobody reads while main waits on them.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 4)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	for j := 1; j <= 4; j++ {
		jobs <- j
	}
	close(jobs)
	fmt.Println("jobs queued, waiting for workers")
	wg.Wait()
	close(results)
}
