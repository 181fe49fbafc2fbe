// Checks that upgrading a read lock to a write lock in the same goroutine deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	cache := map[string]int{}
	rw.RLock()
	if _, ok := cache["k"]; !ok {
		fmt.Println("miss, upgrading")
		rw.Lock()
		cache["k"] = 1
		rw.Unlock()
	}
	rw.RUnlock()
}
