// Checks a select loop over two channels whose producers exit without closing: deadlock after the values.
package main

import "fmt"

func main() {
	nums, words := make(chan int), make(chan string)
	go func() { nums <- 1; nums <- 2 }()
	go func() { words <- "a" }()
	for {
		select {
		case n := <-nums:
			fmt.Println("num", n)
		case w := <-words:
			fmt.Println("word", w)
		}
	}
}
