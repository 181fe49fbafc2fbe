// Checks producer/consumer over a buffered channel where the producer outpaces a slow consumer.
package main

import (
	"fmt"
	"time"
)

func main() {
	queue := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		for v := range queue {
			time.Sleep(20 * time.Millisecond)
			fmt.Println("consumed", v)
		}
		close(done)
	}()
	for i := 1; i <= 5; i++ {
		queue <- i
	}
	fmt.Println("all produced, queue len", len(queue))
	close(queue)
	<-done
}
