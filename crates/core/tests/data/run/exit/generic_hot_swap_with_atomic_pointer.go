// A generic hot-swappable value over atomic.Pointer[T], with atomic.Int64 counters inside a generic struct.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Limit   int
	Enabled bool
}

type Hot[T any] struct {
	p     atomic.Pointer[T]
	swaps atomic.Int64
	reads atomic.Int64
}

func NewHot[T any](v T) *Hot[T] {
	h := &Hot[T]{}
	h.p.Store(&v)
	return h
}

func (h *Hot[T]) Load() T {
	h.reads.Add(1)
	return *h.p.Load()
}

func (h *Hot[T]) Update(f func(T) T) {
	for {
		old := h.p.Load()
		nv := f(*old)
		if h.p.CompareAndSwap(old, &nv) {
			h.swaps.Add(1)
			return
		}
	}
}

func main() {
	h := NewHot(Config{Name: "base", Limit: 0})
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.Update(func(c Config) Config {
				c.Limit += i
				c.Enabled = !c.Enabled
				return c
			})
			_ = h.Load()
		}()
	}
	wg.Wait()
	c := h.Load()
	fmt.Printf("%+v\n", c)
	fmt.Printf("%v\n", c)
	fmt.Printf("%T %T\n", h, &h.p)
	fmt.Println("swaps", h.swaps.Load(), "reads", h.reads.Load())

	counters := NewHot([]int{1, 2, 3})
	counters.Update(func(s []int) []int { return append(s[:len(s):len(s)], 4) })
	fmt.Println(counters.Load(), len(counters.Load()))
	var nilp atomic.Pointer[Config]
	fmt.Println(nilp.Load() == nil, nilp.Swap(&c) == nil, nilp.Load().Name)
}
