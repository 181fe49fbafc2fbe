// The receive of an unbuffered channel happens before the send completes: no race.
package main

import "time"

var a string
var c = make(chan int)

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
