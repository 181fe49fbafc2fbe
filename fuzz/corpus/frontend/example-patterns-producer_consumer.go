// Producer-consumer: a buffered channel, close and range
// What to look for: the producer runs ahead until the capacity-2 buffer is full, and the consumer's range ends when the producer closes.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
		fmt.Println("produced", i)
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		fmt.Println("consumed", v)
		sum += v
	}
	done <- sum
}

func main() {
	items := make(chan int, 2)
	done := make(chan int)

	go producer(5, items)
	go consumer(items, done)

	fmt.Println("sum:", <-done)
}
