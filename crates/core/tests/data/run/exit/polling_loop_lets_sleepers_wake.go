// Checks a loop polling an atomic flag lets virtual time pass, so the sleeping goroutine that sets
// it wakes (Go's real time passes while the loop spins).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ready atomic.Bool
	go func() {
		time.Sleep(time.Millisecond)
		ready.Store(true)
	}()
	for !ready.Load() {
	}
	fmt.Println("ready")
}
