// With a capacity of 1 the send completes at once: the write in f races with the read.
package main

import "time"

var a string
var c = make(chan int, 1)

func f() {
	a = "hello, world"
	<-c
}

func main() {
	go f()
	c <- 0
	print(a, "\n")
	// Give f time to finish, so both accesses happen in every interleaving.
	time.Sleep(10 * time.Millisecond)
}
