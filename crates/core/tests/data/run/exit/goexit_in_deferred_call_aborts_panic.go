// Checks that runtime.Goexit called by a deferred function during a panic ends the goroutine quietly instead of crashing.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("outer deferred call")
		defer runtime.Goexit()
		panic("never printed")
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main done")
}
