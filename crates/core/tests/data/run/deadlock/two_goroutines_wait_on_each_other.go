// Checks a circular wait: each goroutine receives before sending, and main waits for both.
package main

import (
	"fmt"
	"sync"
)

func main() {
	a, b := make(chan int), make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		v := <-b
		a <- v
	}()
	go func() {
		defer wg.Done()
		v := <-a
		b <- v
	}()
	fmt.Println("waiting for both")
	wg.Wait()
}
