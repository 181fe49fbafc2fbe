// A counter behind a pointer: two goroutines call a pointer method that increments a field.
package main

import (
	"fmt"
	"sync"
)

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	var wg sync.WaitGroup
	c := &counter{}
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.inc()
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
}
