// A generic fan-in that never closes its output: main ranges forever; goroutines are main.merge[...].func1.
package main

import (
	"fmt"
	"sync"
)

func merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		// forgot close(out)
	}()
	return out
}

func gen[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		for _, x := range xs {
			c <- x
		}
		close(c)
	}()
	return c
}

func main() {
	for v := range merge(gen(1, 2), gen(3)) {
		fmt.Println(v)
	}
}
