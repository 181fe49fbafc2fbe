// Checks that a buffered channel accepts sends up to its capacity without a receiver and drains in FIFO order.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		ch <- i * 100
		fmt.Println("buffered", i*100, "len", len(ch))
	}
	for len(ch) > 0 {
		fmt.Println("drained", <-ch, "len", len(ch))
	}
}
