// Checks the atomic.Int64 and atomic.Bool types: Add, Load, Store, Swap, CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Go(func() {
			hits.Add(int64(i))
			flag.Store(true)
		})
	}
	wg.Wait()
	fmt.Println(hits.Load(), flag.Load())
	fmt.Println(hits.Swap(100), hits.Load())
	fmt.Println(hits.CompareAndSwap(99, 1), hits.CompareAndSwap(100, 1), hits.Load())
}
