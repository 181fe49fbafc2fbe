// A worker sends more results than the buffer holds and main stops reading after one: when
// main returns the worker is still blocked, and Go exits without a word.
package main

import "fmt"

func worker(results chan<- int) {
	for i := 0; i < 4; i++ {
		results <- i
	}
}

func main() {
	results := make(chan int, 2)
	go worker(results)
	go func() {
		select {}
	}()
	fmt.Println(<-results)
}
