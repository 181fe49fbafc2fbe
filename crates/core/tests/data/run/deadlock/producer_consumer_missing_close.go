// Checks a consumer goroutine ranging forever plus main waiting on a WaitGroup: all asleep.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 2)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := range jobs {
			fmt.Println("processed", j)
		}
	}()
	for i := 1; i <= 3; i++ {
		jobs <- i
	}
	wg.Wait()
}
