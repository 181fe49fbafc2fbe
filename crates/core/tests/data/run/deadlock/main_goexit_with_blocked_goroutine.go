// Checks that after runtime.Goexit in main a goroutine blocked forever is a plain deadlock, and recover sees no panic during Goexit.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		<-ch
	}()
	defer func() { fmt.Println("recover during Goexit:", recover()) }()
	runtime.Goexit()
}
