// Checks that recover in main does not catch a panic raised in another goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		panic("from goroutine")
	}()
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
