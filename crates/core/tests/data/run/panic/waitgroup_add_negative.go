// Checks that WaitGroup.Add with a negative delta below zero panics immediately.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Add(-1)
	fmt.Println("counter is now 1")
	wg.Add(-2)
}
