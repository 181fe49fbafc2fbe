// The twin of concurrent_map_writes_in_a_loop.go with a mutex around each write: no write
// ever begins while another is in progress, so no seed stops it.
//@ random-seeds:
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				m[i%64] = i
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
