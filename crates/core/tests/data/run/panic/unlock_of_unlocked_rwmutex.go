// Checks that Unlock of an RWMutex that is not write-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("unlocking a free RWMutex")
	rw.Unlock()
}
