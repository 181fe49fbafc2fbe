// Checks sync.WaitGroup.Go (Go 1.25), which adds, starts the goroutine and calls Done for us.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	for i := 1; i <= 4; i++ {
		wg.Go(func() {
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("order:", order)
}
