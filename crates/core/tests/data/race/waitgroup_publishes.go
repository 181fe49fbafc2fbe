// wg.Done happens before wg.Wait returns: reading the results afterwards does not race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	total := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		total += r
	}
	fmt.Println(total)
}
