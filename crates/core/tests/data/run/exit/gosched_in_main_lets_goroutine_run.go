// Checks that runtime.Gosched in main runs a pending goroutine before main continues.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go fmt.Println("hello from goroutine")
	fmt.Println("before Gosched")
	runtime.Gosched()
	fmt.Println("after Gosched")
}
