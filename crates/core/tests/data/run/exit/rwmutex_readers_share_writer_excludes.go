// Checks RWMutex: readers hold the lock together, a writer waits for them and then excludes them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	value := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			defer rw.RUnlock()
			time.Sleep(time.Duration(i) * 40 * time.Millisecond)
			fmt.Println("reader", i, "sees", value)
		}()
	}
	time.Sleep(5 * time.Millisecond)
	rw.Lock()
	value = 42
	fmt.Println("writer set", value)
	rw.Unlock()
	wg.Wait()
	rw.RLock()
	fmt.Println("final", value)
	rw.RUnlock()
}
