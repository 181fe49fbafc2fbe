// fmt.Sscan stores through the pointer it is given: a goroutine scanning into a variable that
// main writes without synchronisation races as any two writes do.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var n int
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Sscan("42", &n)
	}()
	n = 7
	wg.Wait()
	fmt.Println(n)
}
