// Checks that main sending on an unbuffered channel with no receiver is reported as a deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending")
	ch <- 1
	fmt.Println("never printed")
}
