// Checks that a send on an unbuffered channel blocks until the receiver arrives.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		fmt.Println("sender: sending")
		ch <- "ping"
		fmt.Println("sender: send completed")
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main: receiving after 50ms")
	msg := <-ch
	fmt.Println("main: got", msg)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main: done")
}
