// Elements of an array reached through a pointer are separate locations: goroutines that
// each write their own element do not race, and the reads after Wait are ordered.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var a [4]int
	p := &a
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p[i] = i + 1
		}()
	}
	wg.Wait()
	fmt.Println(a[0] + a[1] + a[2] + a[3])
}
