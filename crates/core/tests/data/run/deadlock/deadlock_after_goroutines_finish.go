// Checks that the deadlock is detected only once the last sleeping goroutine has finished.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func() {
			time.Sleep(time.Duration(i) * 40 * time.Millisecond)
			fmt.Println("worker", i, "finishing")
			if i < 3 {
				results <- i
			}
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println("result", <-results)
	}
}
