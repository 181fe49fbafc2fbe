// One goroutine writes a map while another reads it, without a lock. A read that finds a
// write in progress stops the program: "fatal error: concurrent map read and map write".
// With several processors it can happen; under GOMAXPROCS=1 (and seed 0) it does not; random
// seeds interleave there.
//@ random-seeds: fatal error: concurrent map read and map write
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 10000; i++ {
			m[i%100] = i
		}
	}()
	go func() {
		defer wg.Done()
		sum := 0
		for i := 0; i < 10000; i++ {
			sum += m[i%100]
		}
		_ = sum
	}()
	wg.Wait()
	fmt.Println(len(m))
}
