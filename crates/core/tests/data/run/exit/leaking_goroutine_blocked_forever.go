// Checks that a goroutine blocked forever on a channel nobody sends to does not stop main from returning.
package main

import (
	"fmt"
	"runtime"
)

func leak() {
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println("never", v)
	}()
}

func main() {
	for i := 0; i < 3; i++ {
		leak()
	}
	runtime.Gosched()
	fmt.Println("goroutines alive:", runtime.NumGoroutine())
	fmt.Println("main returns with leaked goroutines")
}
