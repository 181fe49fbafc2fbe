// Checks that a goroutine trying to Lock a held Mutex waits until it is unlocked.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan struct{})
	mu.Lock()
	go func() {
		fmt.Println("goroutine: trying to lock")
		mu.Lock()
		fmt.Println("goroutine: locked")
		mu.Unlock()
		close(done)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main: unlocking")
	mu.Unlock()
	<-done
	fmt.Println("main: done")
}
