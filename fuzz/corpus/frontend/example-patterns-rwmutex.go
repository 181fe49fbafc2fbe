// RWMutex: many readers at once, one writer alone
// What to look for: three readers hold the read lock together, the writer's Lock waits until all of them have called RUnlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	balance := 100
	var wg sync.WaitGroup

	for r := 1; r <= 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			defer mu.RUnlock()
			time.Sleep(time.Duration(r) * 10 * time.Millisecond) // readers overlap
			fmt.Printf("reader %d sees balance %d\n", r, balance)
		}()
	}

	time.Sleep(5 * time.Millisecond) // let the readers take the read lock first
	mu.Lock()                        // blocks until all three readers are done
	balance += 50
	fmt.Println("writer deposited 50")
	mu.Unlock()

	wg.Wait()
	mu.RLock()
	fmt.Println("final balance", balance)
	mu.RUnlock()
}
