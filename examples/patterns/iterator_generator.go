// Iterator over a goroutine: range over a function, stopped early
// What to look for: the for loop pulls numbers from a producer goroutine through an unbuffered channel (its body runs as main.main-range1, called by the iterator); when it breaks, the iterator's deferred close(done) wakes the producer, which exits before the loop ends, so nothing leaks.
package main

import (
	"fmt"
	"sync"
)

// Counter yields 1, 2, 3, … made by a goroutine, until the loop stops asking.
func Counter() func(yield func(int) bool) {
	return func(yield func(int) bool) {
		values := make(chan int)
		done := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; ; i++ {
				select {
				case values <- i:
				case <-done:
					fmt.Println("producer stopped")
					return
				}
			}
		}()
		defer wg.Wait()
		defer close(done)
		for v := range values {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	for n := range Counter() {
		if n > 3 {
			break
		}
		fmt.Println("got", n)
	}
	fmt.Println("loop done")
}
