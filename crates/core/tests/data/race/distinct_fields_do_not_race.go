// Each struct field is its own location: two goroutines writing different fields of one
// heap object do not race.
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
		st.misses++
	}()
	wg.Wait()
	fmt.Println(st.hits, st.misses)
}
