// Checks that goroutines started in a range loop each see their own loop variable (Go 1.22).
package main

import (
	"fmt"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma"}
	results := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("%d:%s", i, w)
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
