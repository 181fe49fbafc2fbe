// Two goroutines fill the same slice elements: each element is a location, and the race
// is reported once for the pair of positions.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	s := make([]int, 8)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range s {
				s[i] = g
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(s))
}
