// Checks that runtime.Goexit in main lets other goroutines finish, then fails with "no goroutines".
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("last goroutine finishes")
	}()
	defer fmt.Println("main's defer runs at Goexit")
	runtime.Goexit()
}
