// A program that races and then panics: Go reports the race, then the panic, and exits with
// status 2. The "Found 1 data race(s)" summary and status 66 only come with a clean exit.
package main

import (
	"fmt"
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
	panic("boom")
}
