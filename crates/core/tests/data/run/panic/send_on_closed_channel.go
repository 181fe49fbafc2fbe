// Checks that sending on a closed channel panics with "send on closed channel".
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("closed, now sending")
	ch <- 1
}
