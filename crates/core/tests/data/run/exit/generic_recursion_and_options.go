// Recursive generic functions, generic closures in goroutines, an option type with a String method.
package main

import (
	"errors"
	"fmt"
	"sync"
)

// Recursion, generic closures capturing type-parameter values, goroutines and races.
func Fib[T ~int | ~int64](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

type Num interface{ ~int | ~float64 }

func ParallelSum[T Num](parts [][]T) T {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var total T
	for _, p := range parts {
		wg.Add(1)
		go func(p []T) {
			defer wg.Done()
			var s T
			for _, v := range p {
				s += v
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}(p)
	}
	wg.Wait()
	return total
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]     { return Opt[T]{} }

func (o Opt[T]) Get() (T, error) {
	if !o.ok {
		var zero T
		return zero, errors.New("empty")
	}
	return o.v, nil
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func Counter[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func main() {
	fmt.Println(Fib(20), Fib(int64(10)))
	fmt.Println(ParallelSum([][]int{{1, 2}, {3}, {4, 5, 6}}))
	fmt.Println(ParallelSum([][]float64{{1.5}, {2.25}}))
	fmt.Println(Some(3), None[string](), Some("x"))
	v, err := None[int]().Get()
	fmt.Println(v, err)
	fmt.Println(Counter([]string{"a", "b", "a"}))
	var s fmt.Stringer = Some(1.5)
	fmt.Println(s)
	fmt.Printf("%v %+v %T\n", Some(2), Some(2), None[[]int]())
}
