// Checks an errgroup-like helper built from WaitGroup and Mutex that keeps the first error.
package main

import (
	"fmt"
	"sync"
	"time"
)

type group struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	err error
}

func (g *group) Go(f func() error) {
	g.wg.Go(func() {
		err := f()
		g.mu.Lock()
		defer g.mu.Unlock()
		if err != nil && g.err == nil {
			g.err = err
		}
	})
}

func main() {
	var g group
	for i := 1; i <= 4; i++ {
		g.Go(func() error {
			time.Sleep(time.Duration(5-i) * 30 * time.Millisecond)
			if i%2 == 0 {
				return fmt.Errorf("task %d failed", i)
			}
			return nil
		})
	}
	g.wg.Wait()
	fmt.Println("first error:", g.err)
}
