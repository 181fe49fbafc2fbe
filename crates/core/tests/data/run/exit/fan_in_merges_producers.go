// Checks fan-in: two producers with different rates merged into one channel, closed after both finish.
package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(name string, every time.Duration, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			time.Sleep(every)
			out <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Go(func() {
			for v := range c {
				out <- v
			}
		})
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	for v := range merge(producer("fast", 40*time.Millisecond, 4), producer("slow", 100*time.Millisecond, 2)) {
		fmt.Println(v)
	}
}
