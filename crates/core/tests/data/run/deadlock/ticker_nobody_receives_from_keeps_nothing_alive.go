// A ticker nobody receives from keeps nothing alive: with main blocked on a mutex its
// goroutine holds and a tick pending, Go reports the deadlock at once (Go 1.23 timers).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	fmt.Println("first tick:", (<-ticker.C).IsZero())
	var mu sync.Mutex
	mu.Lock()
	go func() {
		time.Sleep(time.Second)
		fmt.Println("goroutine done sleeping")
	}()
	mu.Lock()
}
