// Checks that RUnlock without a matching RLock is a fatal error of sync.RWMutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one RUnlock too many")
	rw.RUnlock()
}
