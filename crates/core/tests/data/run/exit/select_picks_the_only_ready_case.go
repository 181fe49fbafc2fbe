// Checks that select proceeds with the single ready case among several blocked ones.
package main

import "fmt"

func main() {
	a := make(chan string)
	b := make(chan string, 1)
	c := make(chan string)
	b <- "from b"
	for i := 0; i < 3; i++ {
		select {
		case v := <-a:
			fmt.Println("a:", v)
		case v := <-b:
			fmt.Println("b:", v)
			b <- fmt.Sprint("again ", i)
		case c <- "x":
			fmt.Println("sent on c")
		}
	}
}
