// Checks that sending on a nil channel blocks forever, which deadlocks main.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("nil channel:", ch == nil)
	ch <- 1
}
