// Checks a worker loop selecting between a ticker heartbeat, work items and a done signal.
package main

import (
	"fmt"
	"time"
)

func main() {
	work := make(chan string)
	done := make(chan struct{})
	go func() {
		time.Sleep(60 * time.Millisecond)
		work <- "job A"
		time.Sleep(80 * time.Millisecond)
		close(done)
	}()
	ticker := time.NewTicker(40 * time.Millisecond)
	defer ticker.Stop()
	beats := 0
	for {
		select {
		case <-ticker.C:
			beats++
			fmt.Println("heartbeat", beats)
		case w := <-work:
			fmt.Println("processing", w)
		case <-done:
			fmt.Println("done after", beats, "heartbeats")
			return
		}
	}
}
