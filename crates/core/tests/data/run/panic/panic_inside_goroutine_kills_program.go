// Checks that an unrecovered panic in a goroutine ends the whole program, even while main waits.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("healthy goroutine")
	}()
	go func() {
		defer wg.Done()
		defer fmt.Println("goroutine's defer runs before the crash")
		panic("worker failed")
	}()
	wg.Wait()
	fmt.Println("never printed")
}
