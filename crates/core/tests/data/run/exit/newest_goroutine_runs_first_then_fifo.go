// Checks GOMAXPROCS=1 order: the last goroutine started runs first (runnext), the rest in FIFO order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("goroutine", i)
		}()
	}
	fmt.Println("main waits")
	wg.Wait()
	fmt.Println("main done")
}
