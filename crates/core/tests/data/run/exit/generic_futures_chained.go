// Generic futures over channels chained with Then; inference flows through closure arguments.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

type Future[T any] struct {
	ch  chan T
	err error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{ch: make(chan T, 1)}
	go func() {
		v, err := f()
		fu.err = err
		fu.ch <- v
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	v := <-f.ch
	return v, f.err
}

func Then[T, U any](f *Future[T], g func(T) U) *Future[U] {
	return Async(func() (U, error) {
		v, err := f.Await()
		if err != nil {
			var zero U
			return zero, fmt.Errorf("then: %w", err)
		}
		return g(v), nil
	})
}

func main() {
	a := Async(func() (int, error) {
		time.Sleep(20 * time.Millisecond)
		return 21, nil
	})
	b := Then(a, func(n int) string { return strconv.Itoa(n * 2) })
	c := Then(b, func(s string) []string { return []string{s, s + "!"} })
	bad := Async(func() (float64, error) {
		time.Sleep(5 * time.Millisecond)
		return 0, errors.New("boom")
	})
	bad2 := Then(bad, func(f float64) int { return int(f) })
	v, err := c.Await()
	fmt.Printf("%v %q %v\n", v, v, err)
	n, err := bad2.Await()
	fmt.Println(n, err, errors.Unwrap(err))
	fmt.Printf("%T %T %T\n", a, b, c)
	fmt.Printf("%T\n", Future[map[string]int]{})
}
