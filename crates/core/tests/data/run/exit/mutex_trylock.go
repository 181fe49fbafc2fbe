// Checks Mutex.TryLock: it fails while the mutex is held and succeeds once it is free.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("second TryLock:", mu.TryLock())
	done := make(chan bool)
	go func() { done <- mu.TryLock() }()
	fmt.Println("goroutine TryLock:", <-done)
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryRLock with reader:", rw.TryRLock(), "TryLock with reader:", rw.TryLock())
}
