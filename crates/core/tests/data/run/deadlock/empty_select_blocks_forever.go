// Checks that select {} with no other runnable goroutines is a deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("background work finished")
	}()
	select {}
}
