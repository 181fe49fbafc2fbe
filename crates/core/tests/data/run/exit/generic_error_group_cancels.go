// A hand-written generic error group: the first error cancels the context the other workers watch.
package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

type Group[T any] struct {
	wg      sync.WaitGroup
	once    sync.Once
	err     error
	cancel  context.CancelFunc
	mu      sync.Mutex
	results []T
}

func WithContext[T any](ctx context.Context) (*Group[T], context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group[T]{cancel: cancel}, ctx
}

func (g *Group[T]) Go(f func() (T, error)) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		v, err := f()
		if err != nil {
			g.once.Do(func() { g.err = err; g.cancel() })
			return
		}
		g.mu.Lock()
		g.results = append(g.results, v)
		g.mu.Unlock()
	}()
}

func (g *Group[T]) Wait() ([]T, error) {
	g.wg.Wait()
	g.cancel()
	return g.results, g.err
}

func main() {
	g, ctx := WithContext[string](context.Background())
	for i, d := range []int{30, 10, 50, 20, 40} {
		g.Go(func() (string, error) {
			select {
			case <-time.After(time.Duration(d) * time.Millisecond):
				if d == 20 {
					return "", fmt.Errorf("task %d failed", i)
				}
				return fmt.Sprintf("task%d:%dms", i, d), nil
			case <-ctx.Done():
				return "", fmt.Errorf("task %d: %w", i, ctx.Err())
			}
		})
	}
	res, err := g.Wait()
	slices.Sort(res)
	fmt.Println(res, len(res))
	fmt.Println("err:", err, errors.Is(err, context.Canceled))
	fmt.Println("ctx:", ctx.Err())

	g2, _ := WithContext[int](context.Background())
	for i := range 5 {
		g2.Go(func() (int, error) { return i * i, nil })
	}
	r2, err := g2.Wait()
	slices.Sort(r2)
	slices.Reverse(r2)
	fmt.Println(r2, err, slices.IsSorted(r2))
}
