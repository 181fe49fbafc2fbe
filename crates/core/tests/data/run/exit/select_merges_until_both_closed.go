// Checks a select loop that forwards from two sequential producers and counts closes.
package main

import (
	"fmt"
	"time"
)

func main() {
	fast, slow := make(chan string), make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(30 * time.Millisecond)
			fast <- fmt.Sprint("fast ", i)
		}
		close(fast)
	}()
	go func() {
		time.Sleep(150 * time.Millisecond)
		slow <- "slow 0"
		close(slow)
	}()
	closed := 0
	for closed < 2 {
		select {
		case v, ok := <-fast:
			if !ok {
				fast, closed = nil, closed+1
				continue
			}
			fmt.Println(v)
		case v, ok := <-slow:
			if !ok {
				slow, closed = nil, closed+1
				continue
			}
			fmt.Println(v)
		}
	}
}
