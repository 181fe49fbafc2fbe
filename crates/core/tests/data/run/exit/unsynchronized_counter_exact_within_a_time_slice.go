// Four goroutines increment a shared counter without a lock. Each loop finishes well within
// Go's 10ms time slice, so with one processor (and seed 0) nobody is preempted between the
// read and the write and no update is lost; random seeds switch at the shared accesses.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100000; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
