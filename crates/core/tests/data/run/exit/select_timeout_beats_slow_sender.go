// Checks that time.After wins a select against a sender that is slower than the timeout.
package main

import (
	"fmt"
	"time"
)

func main() {
	result := make(chan string, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		result <- "slow result"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timed out after 50ms")
	}
	fmt.Println("late value:", <-result)
}
