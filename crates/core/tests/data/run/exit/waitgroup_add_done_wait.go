// Checks WaitGroup Add/Done/Wait: Wait returns only after every goroutine called Done.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(3-i) * 40 * time.Millisecond)
			results[i] = (i + 1) * 11
			fmt.Println("finished", i)
		}()
	}
	wg.Wait()
	fmt.Println("all done:", results)
}
