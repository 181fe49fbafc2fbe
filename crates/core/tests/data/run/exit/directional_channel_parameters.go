// Checks send-only and receive-only channel parameters connecting a producer and a consumer.
package main

import "fmt"

func producer(out chan<- string, words []string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func consumer(in <-chan string, done chan<- int) {
	n := 0
	for w := range in {
		fmt.Println("consumed", w)
		n++
	}
	done <- n
}

func main() {
	ch := make(chan string)
	done := make(chan int)
	go producer(ch, []string{"one", "two", "three"})
	go consumer(ch, done)
	fmt.Println("count", <-done)
}
