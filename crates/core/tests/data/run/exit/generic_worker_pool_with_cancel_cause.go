// A generic worker pool bounded by a semaphore channel; a failure cancels the rest with a cause.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrBad = errors.New("bad input")

type Result[T any] struct {
	Idx int
	Val T
	Err error
}

type Pool[In, Out any] struct {
	n  int
	fn func(context.Context, In) (Out, error)
}

func NewPool[In, Out any](n int, fn func(context.Context, In) (Out, error)) *Pool[In, Out] {
	return &Pool[In, Out]{n: n, fn: fn}
}

func (p *Pool[In, Out]) Run(ctx context.Context, items []In) []Result[Out] {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	sem := make(chan struct{}, p.n)
	var mu sync.Mutex
	var wg sync.WaitGroup
	var out []Result[Out]
	for i, it := range items {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := context.Cause(ctx); err != nil {
				mu.Lock()
				out = append(out, Result[Out]{Idx: i, Err: err})
				mu.Unlock()
				return
			}
			v, err := p.fn(ctx, it)
			if err != nil {
				cancel(fmt.Errorf("item %d: %w", i, err))
			}
			mu.Lock()
			out = append(out, Result[Out]{i, v, err})
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(out, func(a, b int) bool { return out[a].Idx < out[b].Idx })
	return out
}

func main() {
	p := NewPool(1, func(_ context.Context, s string) (int, error) {
		if s == "" {
			return -1, ErrBad
		}
		return len(s) * 10, nil
	})
	for _, r := range p.Run(context.Background(), []string{"a", "bb", "", "dddd", "e"}) {
		fmt.Printf("%d: val=%d err=%v isBad=%t\n", r.Idx, r.Val, r.Err, errors.Is(r.Err, ErrBad))
	}
	fmt.Printf("%T\n", p)
}
