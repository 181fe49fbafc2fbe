// Checks select with send cases: a send proceeds only once a receiver or buffer space exists.
package main

import "fmt"

func main() {
	out := make(chan int, 2)
	sent := 0
	for i := 0; i < 4; i++ {
		select {
		case out <- i:
			sent++
			fmt.Println("sent", i)
		default:
			fmt.Println("buffer full, dropped", i)
		}
	}
	fmt.Println("sent total", sent, "len", len(out))
	reply, got := make(chan string), make(chan string)
	go func() { got <- <-reply }()
	select {
	case reply <- "hello":
		fmt.Println("send case chosen")
	}
	fmt.Println("receiver got", <-got)
}
