// A 100-stage pipeline carrying 10,000 values.
package main

import "fmt"

func stage(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v + 1
		}
		close(out)
	}()
	return out
}

func main() {
	src := make(chan int)
	var c <-chan int = src
	for i := 0; i < 100; i++ {
		c = stage(c)
	}
	go func() {
		for i := 0; i < 10000; i++ {
			src <- i
		}
		close(src)
	}()
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println(sum)
}
