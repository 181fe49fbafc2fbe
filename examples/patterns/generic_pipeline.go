// Generic pipeline: typed stages built from one generic function
// What to look for: stage[In, Out] starts one goroutine per stage (lanes main.stage[...].func1); values flow int → int → string through unbuffered channels, and each stage closes its output when its input closes.
package main

import (
	"fmt"
	"strings"
)

func source[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	nums := source(1, 2, 3)
	squares := stage(nums, func(n int) int { return n * n })
	labels := stage(squares, func(n int) string { return strings.Repeat("*", n) })
	for l := range labels {
		fmt.Println(l)
	}
}
