// Checks a select loop that receives values until time.After fires because the producer went quiet.
package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(20 * time.Millisecond)
			data <- i
		}
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("value", v)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timeout: no value for 100ms")
			return
		}
	}
}
