// Checks that Wait deadlocks when Add counted more goroutines than ever call Done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			if i != 1 {
				defer wg.Done()
			}
			fmt.Println("worker", i)
		}()
	}
	wg.Wait()
	fmt.Println("never printed")
}
