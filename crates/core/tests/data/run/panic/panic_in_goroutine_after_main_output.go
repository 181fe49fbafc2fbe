// Checks a goroutine that panics with a runtime error while main is sleeping; main's output comes first.
package main

import (
	"fmt"
	"time"
)

func main() {
	data := []string{"a", "b"}
	go func() {
		time.Sleep(20 * time.Millisecond)
		for i := 0; i <= len(data); i++ {
			fmt.Println("item", data[i])
		}
	}()
	fmt.Println("main sleeps")
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
