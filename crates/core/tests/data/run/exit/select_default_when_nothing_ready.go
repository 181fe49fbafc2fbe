// Checks that select takes the default case when no channel operation can proceed.
package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := 0; i < 2; i++ {
		select {
		case v := <-ch:
			fmt.Println("received", v)
		default:
			fmt.Println("nothing ready, default", i)
		}
	}
	buf := make(chan int, 1)
	buf <- 5
	select {
	case v := <-buf:
		fmt.Println("received", v)
	default:
		fmt.Println("default")
	}
}
