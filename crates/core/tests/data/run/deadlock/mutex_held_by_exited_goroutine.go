// Checks that a mutex left locked by a goroutine that exited makes main's Lock wait forever.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		mu.Lock()
		fmt.Println("goroutine locked and forgot to unlock")
		close(done)
	}()
	<-done
	mu.Lock()
	fmt.Println("never printed")
}
