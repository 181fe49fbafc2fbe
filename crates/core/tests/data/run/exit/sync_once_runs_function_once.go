// Checks that sync.Once runs its function exactly once even when called from many goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls++
				fmt.Println("initialising in goroutine", i)
			})
		}()
	}
	wg.Wait()
	once.Do(func() { calls++ })
	fmt.Println("calls =", calls)
}
