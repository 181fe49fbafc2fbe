// Go's sync.Mutex lets the goroutine that unlocks take the mutex straight back: the waiter
// it woke finds it locked again and queues at the front. Each goroutine prints twice or more
// in a row.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				fmt.Println(g, i)
				runtime.Gosched()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}
