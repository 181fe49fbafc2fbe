// Checks a worker pool whose jobs take different virtual times, so finishing order follows durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	durations := []int{180, 60, 300, 120, 240}
	jobs := make(chan int)
	done := make(chan string)
	for w := 1; w <= 2; w++ {
		go func() {
			for j := range jobs {
				time.Sleep(time.Duration(durations[j]) * time.Millisecond)
				done <- fmt.Sprintf("worker %d finished job %d (%dms)", w, j, durations[j])
			}
		}()
	}
	go func() {
		for j := range durations {
			jobs <- j
		}
		close(jobs)
	}()
	for range durations {
		fmt.Println(<-done)
	}
}
