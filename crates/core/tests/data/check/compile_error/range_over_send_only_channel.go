//@ error: 7:17: cannot range over out (variable of type chan<- int): receive from send-only channel chan<- int
package main

import "fmt"

func drain(out chan<- int) {
	for v := range out {
		fmt.Println(v)
	}
}

func main() {
	ch := make(chan int)
	close(ch)
	drain(ch)
}
