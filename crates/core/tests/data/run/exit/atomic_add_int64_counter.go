// Checks atomic.AddInt64 and atomic.LoadInt64 on a counter shared by goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("n =", atomic.LoadInt64(&n))
	fmt.Println("after -1000:", atomic.AddInt64(&n, -1000))
}
