// WaitGroup: fork a printer per Greek philosopher and join them all
// What to look for: the counter rises to 5 with wg.Add(1), each printer's deferred wg.Done() lowers it, and wg.Wait() unblocks main at zero.
package main

import (
	"fmt"
	"sync"
)

func main() {
	// 1. string slice with greek philosophers that we will print concurrently
	greeks := []string{"Socrates", "Plato", "Aristotle", "Pythagoras", "Heraclitus"}

	// 2. declare a WaitGroup called wg
	var wg sync.WaitGroup

	for _, ph := range greeks {
		// 3. add to the WaitGroup counter, then call printer concurrently
		// passing a pointer of wg
		wg.Add(1)
		go printer(ph, &wg)
	}

	// 5. block the main branch until the WaitGroup counter reaches zero
	wg.Wait()
}

func printer(ph string, wg *sync.WaitGroup) {
	// 4. when printer returns the counter goes down by one (2 -> 1)
	defer wg.Done()
	fmt.Println(ph)
}
