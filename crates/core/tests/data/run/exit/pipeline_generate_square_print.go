// Checks a three-stage pipeline connected by unbuffered channels: generate, square, sum.
package main

import "fmt"

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
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
	total := 0
	for v := range square(square(generate(1, 2, 3, 4))) {
		fmt.Println(v)
		total += v
	}
	fmt.Println("total", total)
}
