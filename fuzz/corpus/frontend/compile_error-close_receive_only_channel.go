//@ error: 10:8: invalid operation: cannot close receive-only channel in (variable of type <-chan int)
package main

import "fmt"

func drain(in <-chan int) {
	for v := range in {
		fmt.Println(v)
	}
	close(in)
}

func main() {
	ch := make(chan int)
	go drain(ch)
	ch <- 1
}
