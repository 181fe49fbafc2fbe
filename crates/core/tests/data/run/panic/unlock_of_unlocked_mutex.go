// Checks that unlocking an unlocked sync.Mutex is an unrecoverable fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() {
		fmt.Println("recover cannot catch it:", recover())
	}()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
