// Checks that a goroutine blocked sending panics when another goroutine closes the channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("sender blocks")
		ch <- 42
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main closes the channel")
	close(ch)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("not reached")
}
