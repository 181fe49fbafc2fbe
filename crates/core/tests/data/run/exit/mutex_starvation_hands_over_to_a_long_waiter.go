// A waiter kept waiting more than 1ms switches a mutex to starvation mode: the next Unlock
// hands the mutex straight to it instead of letting the unlocker take it back.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 4; i++ {
			mu.Lock()
			fmt.Println("holder", i)
			time.Sleep(3 * time.Millisecond)
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		time.Sleep(time.Millisecond)
		for i := 0; i < 2; i++ {
			mu.Lock()
			fmt.Println("waiter", i)
			mu.Unlock()
		}
	}()
	wg.Wait()
}
