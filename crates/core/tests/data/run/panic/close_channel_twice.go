// Checks that closing an already closed channel panics with "close of closed channel".
package main

import "fmt"

func main() {
	done := make(chan struct{})
	defer fmt.Println("deferred call still runs")
	close(done)
	fmt.Println("closed once")
	close(done)
}
