// A generic Result type and a generic error type found by errors.As.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: fmt.Errorf("then: %w", r.Err)}
	}
	v, err := f(r.Val)
	return Result[U]{v, err}
}

type NotFound[K comparable] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	v, ok := m[k]
	if !ok {
		return v, NotFound[K]{k}
	}
	return v, nil
}

func main() {
	r := Try(func() (int, error) { return strconv.Atoi("12") })
	fmt.Printf("%+v %T\n", r, r)
	bad := Try(func() (int, error) { return strconv.Atoi("x") })
	fmt.Println(bad.OrElse(-1), bad.Err)
	d := Then(r, func(i int) (float64, error) { return float64(i) / 8, nil })
	fmt.Printf("%+v\n", d)
	e := Then(bad, func(i int) (string, error) { return "never", nil })
	fmt.Printf("%q %v\n", e.Val, e.Err)
	var ne *strconv.NumError
	fmt.Println(errors.As(e.Err, &ne), ne.Func)
	m := map[string]int{"a": 1}
	_, err := Lookup(m, "z")
	fmt.Println(err)
	var nf NotFound[string]
	fmt.Println(errors.As(err, &nf), nf.Key)
	var nfi NotFound[int]
	fmt.Println(errors.As(err, &nfi))
	fmt.Printf("%T %#v\n", err, err)
	_, err = Lookup(map[int]bool{}, 7)
	fmt.Println(err, errors.Is(err, NotFound[int]{7}))
}
