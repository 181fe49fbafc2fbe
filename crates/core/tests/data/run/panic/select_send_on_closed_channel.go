// Checks that a select send case on a closed channel panics even when a default case exists.
package main

import "fmt"

func main() {
	out := make(chan int, 1)
	close(out)
	fmt.Println("selecting")
	select {
	case out <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
}
