// Checks that goroutines sleeping different durations wake in order of their deadlines, not start order.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for _, ms := range []int{200, 40, 160, 80, 120} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			fmt.Println("woke after", ms, "ms")
		}()
	}
	wg.Wait()
}
