// copy writes only the first min(len(dst), len(src)) elements: a goroutine owning d[2]
// does not race with copying two elements into d.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	d := make([]int, 3)
	wg.Add(1)
	go func() {
		defer wg.Done()
		d[2] = 9
	}()
	copy(d, []int{1, 2})
	wg.Wait()
	fmt.Println(d)
}
