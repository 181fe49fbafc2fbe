// Concurrency gotcha #1: an anonymous func in the range loop captures ph
// What to look for: since Go 1.22 every iteration has its own ph, so each philosopher prints once (see 05 for the pre-1.22 behaviour).
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
