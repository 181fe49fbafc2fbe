// Checks that receiving from a nil channel blocks forever, even after other goroutines finish.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("helper done")
	}()
	wg.Wait()
	var ch chan string
	fmt.Println(<-ch)
}
