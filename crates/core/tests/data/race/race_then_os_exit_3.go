// A program that races and then calls os.Exit(3): Go reports the race and exits with status 3,
// without the "Found 1 data race(s)" summary, which only comes with status 0.
package main

import (
	"fmt"
	"os"
	"sync"
)

var x int

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		x = 1
		wg.Done()
	}()
	x = 2
	wg.Wait()
	fmt.Println("done")
	os.Exit(3)
}
