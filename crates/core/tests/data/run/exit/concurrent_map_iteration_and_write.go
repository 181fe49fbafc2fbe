// One goroutine ranges over a map while another writes it, without a lock. An iteration step
// that finds a write in progress stops the program: "fatal error: concurrent map iteration
// and map write". With several processors it sometimes does; under GOMAXPROCS=1 (and seed 0)
// never; random seeds interleave there.
//@ random-seeds: fatal error: concurrent map iteration and map write
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
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
		for j := 0; j < 100; j++ {
			for _, v := range m {
				sum += v
			}
		}
		fmt.Println(sum > 0)
	}()
	wg.Wait()
	fmt.Println(len(m))
}
