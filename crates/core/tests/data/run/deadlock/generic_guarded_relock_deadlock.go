// A generic type embedding sync.Mutex calls its own locking getter while holding the lock: deadlock.
package main

import (
	"fmt"
	"sync"
)

type Guarded[T any] struct {
	sync.Mutex
	val  T
	hist []T
}

func (g *Guarded[T]) Set(v T) {
	g.Lock()
	defer g.Unlock()
	g.hist = append(g.hist, g.val)
	g.val = v
}

func (g *Guarded[T]) Get() T {
	g.Lock()
	defer g.Unlock()
	return g.val
}

// Update calls Get while holding the lock: sync.Mutex is not reentrant.
func (g *Guarded[T]) Update(f func(T) T) {
	g.Lock()
	defer g.Unlock()
	g.val = f(g.Get())
}

func main() {
	g := &Guarded[int]{}
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.Set(i + 1)
		}()
	}
	wg.Wait()
	fmt.Println("history len", len(g.hist), "val>0", g.Get() > 0)
	g.Update(func(n int) int { return n * 2 })
	fmt.Println("unreachable", g.Get())
}
