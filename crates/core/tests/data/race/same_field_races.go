// Two goroutines write the same field of one heap object: a race on that field.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	hits   int
	misses int
}

func main() {
	var wg sync.WaitGroup
	st := &stats{}
	wg.Add(2)
	go func() {
		defer wg.Done()
		st.hits++
	}()
	go func() {
		defer wg.Done()
		st.hits++
	}()
	wg.Wait()
	fmt.Println(st.hits, st.misses)
}
