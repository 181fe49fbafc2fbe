package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)

	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}

	select {
	case ch <- 1:
		fmt.Println("sent 1")
	default:
		fmt.Println("buffer full")
	}

	select {
	case ch <- 2:
		fmt.Println("sent 2")
	default:
		fmt.Println("buffer full")
	}

	done := make(chan struct{})
	results := make(chan string)
	go func() {
		results <- "work"
		close(done)
	}()
	for {
		select {
		case r := <-results:
			fmt.Println("result", r)
		case v, ok := <-ch:
			fmt.Println("drained", v, ok)
		case <-done:
			fmt.Println("done")
			return
		case <-time.After(time.Second):
			fmt.Println("timeout")
			return
		}
	}
}
