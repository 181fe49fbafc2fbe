// Atomics synchronise: the store of the flag publishes the data written before it.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ready atomic.Int32
	data := 0
	go func() {
		data = 42
		ready.Store(1)
	}()
	for ready.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(data)
}
