// The same loop after wg.Wait: every write happened before it, and a range that uses only
// the index reads no element at all.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	s := make([]int, 3)
	for i := range s {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s[i] = i + 1
		}()
	}
	wg.Wait()
	total := 0
	for _, v := range s {
		total += v
	}
	fmt.Println(total)
}
