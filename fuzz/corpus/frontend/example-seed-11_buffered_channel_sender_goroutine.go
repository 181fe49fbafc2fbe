// Buffered channel with a sender goroutine: the third send waits, then unblocks
// What to look for: the sender fills the capacity-2 buffer and blocks on "ping 3" until main's first receive frees a slot.
package main

import "fmt"

func main() {
	// channel with capacity of 2
	message := make(chan string, 2)
	go func() {
		message <- "ping 1"
		message <- "ping 2"
		message <- "ping 3"
	}()

	fmt.Println(<-message)
	fmt.Println(<-message)
	fmt.Println(<-message)
}
