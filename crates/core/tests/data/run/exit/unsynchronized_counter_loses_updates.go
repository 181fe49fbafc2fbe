// Checks a racy read-modify-write that yields between read and write, losing updates deterministically.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 2; j++ {
				v := counter
				runtime.Gosched()
				counter = v + 1
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter =", counter, "(6 without the race)")
}
