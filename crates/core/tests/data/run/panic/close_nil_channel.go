// Checks that closing a nil channel panics with "close of nil channel".
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("closing a nil channel")
	close(ch)
}
