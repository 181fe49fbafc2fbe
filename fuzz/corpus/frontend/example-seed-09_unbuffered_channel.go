// Unbuffered channel: send in a goroutine, receive in main
// What to look for: main blocks on <-message until the goroutine sends "ping"; the two meet at the channel and both continue.
package main

import "fmt"

func main() {
	message := make(chan string)
	// we need to execute the send operation in a separate goroutine
	// as it would otherwise block the main goroutine
	go func() {
		message <- "ping"
	}()

	// execution blocks here until we receive something on channel message
	msg := <-message
	fmt.Println(msg)
}
