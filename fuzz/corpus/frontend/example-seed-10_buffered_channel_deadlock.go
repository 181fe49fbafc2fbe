// Concurrency gotcha #3: a third send on a full buffered channel deadlocks
// What to look for: two sends fill the capacity-2 buffer, the third blocks main forever and the runtime aborts at line 13.

package main

func main() {
	// channel with capacity of 2
	message := make(chan string, 2)
	message <- "ping 1"
	message <- "ping 2"
	// at third element our channel is full thus our
	// program will block here and terminate the program with an deadlock error
	message <- "ping 3"
}
