// Gotcha #1 fixed: pass a copy of ph to the anonymous func
// What to look for: each goroutine receives ph as an argument, so it works on the data of its own iteration whatever the Go version.
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
		go func(ph string) {
			defer wg.Done()
			fmt.Println(ph)
		}(ph)
	}

	wg.Wait()
}
