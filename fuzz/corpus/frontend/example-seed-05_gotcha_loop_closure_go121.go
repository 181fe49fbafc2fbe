//go:build go1.21

// Concurrency gotcha #1 with pre-Go 1.22 loop semantics: one shared ph
// What to look for: the loop finishes before the goroutines run and they all read the one shared ph, so the last philosopher prints five times.
package main

import (
	"fmt"
	"sync"
)

func main() {
	greeks := []string{"Socrates", "Plato", "Aristotle", "Pythagoras", "Heraclitus"}
	var wg sync.WaitGroup

	for _, ph := range greeks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(ph)
		}()
	}

	wg.Wait()
}
