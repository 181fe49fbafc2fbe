// make(chan T, n) with a negative n computed at run time: Go panics with the runtime's plain
// error "makechan: size out of range" (a runtime.Error without the "runtime error: " prefix).
package main

import (
	"fmt"
	"runtime"
)

func size(n int) int { return n - 2 }

func main() {
	func() {
		defer func() {
			r := recover()
			_, isRuntime := r.(runtime.Error)
			fmt.Println("recovered:", r, "| runtime.Error:", isRuntime)
		}()
		_ = make(chan int, size(1))
	}()
	ch := make(chan string, size(0))
	fmt.Println(cap(ch))
}
