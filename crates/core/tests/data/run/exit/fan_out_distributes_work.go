// Checks fan-out: several goroutines read from one input channel; each result records who did it.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	in := make(chan int)
	type result struct{ worker, value int }
	out := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- result{w, v * 10}
			}
		}()
	}
	go func() {
		for i := 1; i <= 6; i++ {
			in <- i
		}
		close(in)
	}()
	go func() { wg.Wait(); close(out) }()
	var all []result
	for r := range out {
		all = append(all, r)
	}
	fmt.Println("in arrival order:", all)
	sort.Slice(all, func(i, j int) bool { return all[i].value < all[j].value })
	fmt.Println("by value:", all)
}
