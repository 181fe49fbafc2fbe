// The same write through a pointer, then a send: the receive orders the read after it.
package main

import "fmt"

func set(p *int, done chan<- bool) {
	*p = 42
	done <- true
}

func main() {
	x := 0
	done := make(chan bool)
	go set(&x, done)
	<-done
	fmt.Println(x)
}
