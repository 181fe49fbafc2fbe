//@ error: 8:9: invalid operation: cannot receive from send-only channel chan<- int out (variable of type chan<- int)
package main

import "fmt"

func produce(out chan<- int) {
	out <- 1
	v := <-out
	fmt.Println(v)
}

func main() {
	ch := make(chan int, 1)
	produce(ch)
}
