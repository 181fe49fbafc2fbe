// Checks that a select whose cases are all nil channels blocks forever (deadlock).
package main

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("selecting on nil channels")
	select {
	case v := <-in:
		fmt.Println(v)
	case out <- "x":
		fmt.Println("sent")
	}
}
