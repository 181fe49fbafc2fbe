// Fan-in: merge two producers into one channel
// What to look for: one forwarding goroutine per input feeds the shared out channel, and out is closed once both inputs are drained.
package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(name string, n int, every time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			time.Sleep(every)
			out <- fmt.Sprintf("%s %d", name, i)
		}
	}()
	return out
}

func merge(inputs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(in <-chan string) {
			defer wg.Done()
			for msg := range in {
				out <- msg
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	fast := producer("fast", 3, 30*time.Millisecond) // at 30, 60, 90 ms
	slow := producer("slow", 2, 50*time.Millisecond) // at 50, 100 ms
	for msg := range merge(fast, slow) {
		fmt.Println(msg)
	}
}
