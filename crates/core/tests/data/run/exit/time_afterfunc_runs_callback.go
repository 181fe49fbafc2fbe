// Checks time.AfterFunc running its callback in its own goroutine, and Stop cancelling another one.
package main

import (
	"fmt"
	"time"
)

func main() {
	fired := make(chan string)
	time.AfterFunc(30*time.Millisecond, func() { fired <- "first callback" })
	t := time.AfterFunc(10*time.Millisecond, func() { fired <- "cancelled callback" })
	fmt.Println("stop second:", t.Stop())
	fmt.Println(<-fired)
	select {
	case msg := <-fired:
		fmt.Println("unexpected", msg)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no more callbacks")
	}
}
