// Checks that when main returns, goroutines still sleeping or looping are killed silently.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for i := 0; ; i++ {
			fmt.Println("tick", i)
			time.Sleep(40 * time.Millisecond)
		}
	}()
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main returns")
}
