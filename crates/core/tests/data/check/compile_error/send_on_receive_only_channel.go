//@ error: 7:2: invalid operation: cannot send to receive-only channel <-chan int in (variable of type <-chan int)
package main

import "fmt"

func consume(in <-chan int) {
	in <- 1
	fmt.Println(<-in)
}

func main() {
	ch := make(chan int, 1)
	consume(ch)
}
