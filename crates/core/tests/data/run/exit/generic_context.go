// Generic helpers around context: a timeout wrapper returning (T, error).
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func Produce[T any](ctx context.Context, xs []T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			select {
			case out <- x:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func TakeN[T any](ctx context.Context, in <-chan T, n int) []T {
	var got []T
	for v := range in {
		got = append(got, v)
		if len(got) == n {
			break
		}
	}
	return got
}

func WithTimeout[T any](ctx context.Context, d time.Duration, f func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	type res struct {
		v   T
		err error
	}
	ch := make(chan res, 1)
	go func() { v, err := f(ctx); ch <- res{v, err} }()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	vals := TakeN(ctx, Produce(ctx, []string{"a", "b", "c", "d"}), 2)
	cancel()
	fmt.Println(vals)
	v, err := WithTimeout(context.Background(), time.Second, func(context.Context) (int, error) { return 42, nil })
	fmt.Println(v, err)
	s, err := WithTimeout(context.Background(), 10*time.Millisecond, func(c context.Context) (string, error) {
		<-c.Done()
		time.Sleep(5 * time.Millisecond)
		return "late", nil
	})
	fmt.Printf("%q %v %v\n", s, err, errors.Is(err, context.DeadlineExceeded))
	f, err := WithTimeout(context.Background(), time.Second, func(context.Context) (float64, error) { return 0, errors.New("boom") })
	fmt.Println(f, err)
}
