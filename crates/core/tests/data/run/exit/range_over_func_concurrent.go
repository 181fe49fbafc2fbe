// Generic iterators over channels and goroutines: a generator goroutine behind an iter-style
// Seq, a filter chained on it, and a loop body that blocks on channel sends and starts
// goroutines, all on the goroutine that ranges.
package main

import (
	"fmt"
	"sync"
)

type Seq[V any] func(yield func(V) bool)

func Generate(n int) Seq[int] {
	return func(yield func(int) bool) {
		ch := make(chan int)
		done := make(chan struct{})
		go func() {
			defer close(ch)
			for i := 1; i <= n; i++ {
				select {
				case ch <- i:
				case <-done:
					return
				}
			}
		}()
		defer close(done)
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func Filter[V any](seq Seq[V], keep func(V) bool) Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	results := make(chan string, 2)
	var wg sync.WaitGroup
	even := func(v int) bool { return v%2 == 0 }
	for v := range Filter(Generate(10), even) {
		if v > 6 {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- fmt.Sprintf("square of %d is %d", v, v*v)
		}()
		fmt.Println(<-results)
	}
	wg.Wait()
	total := 0
	for v := range Generate(4) {
		total += v
	}
	fmt.Println("total", total)
}
