// Two goroutines write one map in a loop, without a lock. Go notices a write that begins
// while another is in progress and stops with "fatal error: concurrent map writes" (exit
// status 2), with or without the race detector; with several processors it often does.
// Under GOMAXPROCS=1 a goroutine is not switched out in the middle of a write to a map that
// does not grow, so the program runs to the end, as it does with seed 0; random seeds switch
// goroutines there, and Go's check stops the program.
//@ random-seeds: fatal error: concurrent map writes
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				m[i%64] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
