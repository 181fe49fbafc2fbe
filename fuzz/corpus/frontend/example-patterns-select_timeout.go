// Select with timeout: race a result against time.After
// What to look for: the first select gives up when its 100ms timer fires first, and the second gets its result before the timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		c1 <- "result 1"
	}()

	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	c2 := make(chan string, 1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		c2 <- "result 2"
	}()

	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout 2")
	}
}
