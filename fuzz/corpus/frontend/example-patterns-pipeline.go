// Pipeline: gen -> sq -> sq -> print, one goroutine per stage
// What to look for: each stage ranges over its input channel and closes its output, so the close ripples down the pipeline.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(n)
	}
	fmt.Println("pipeline drained")
}
