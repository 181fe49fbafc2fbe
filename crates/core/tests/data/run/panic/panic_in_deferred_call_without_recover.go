// Checks a second panic raised by a deferred call while the first one is unwinding (nested panics).
package main

import "fmt"

func main() {
	defer fmt.Println("outermost defer runs")
	defer func() {
		panic("panic in defer")
	}()
	fmt.Println("body panics first")
	panic("original panic")
}
