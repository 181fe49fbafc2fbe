// A generic fan-in: merge[T] forwards every channel into one and closes it after a WaitGroup.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, x := range xs {
			c <- x
		}
	}()
	return c
}

func merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func main() {
	ints := collect(merge(gen(1, 2, 3), gen(10, 20), gen(100)))
	sort.Ints(ints)
	fmt.Println(ints, len(ints))
	strs := collect(merge(gen("b", "a"), gen("d", "c")))
	sort.Strings(strs)
	fmt.Println(strs)
	empty := collect(merge[float64]())
	fmt.Println(empty == nil, len(empty))
	fmt.Printf("%T\n", merge[int])
}
