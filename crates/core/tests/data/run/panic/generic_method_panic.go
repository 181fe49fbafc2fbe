// A panic in a method of a generic type: main.(*Stack[...]).MustPop in the traceback.
package main

import (
	"fmt"
	"sync"
)

type EmptyError[T any] struct{ Op string }

func (e EmptyError[T]) Error() string {
	var zero T
	return fmt.Sprintf("%s on empty Stack[%T]", e.Op, zero)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) MustPop() T {
	if len(s.items) == 0 {
		panic(EmptyError[T]{"pop"})
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func Drain[T any](s *Stack[T], n int) []T {
	var out []T
	for i := 0; i < n; i++ {
		out = append(out, s.MustPop())
	}
	return out
}

func main() {
	s := &Stack[float64]{}
	s.Push(1.5)
	s.Push(2.5)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			r := recover()
			fmt.Printf("recovered: %v (%T)\n", r, r)
		}()
		fmt.Println(Drain(s, 3))
	}()
	wg.Wait()
	s.Push(9)
	fmt.Println(Drain(s, 1))
	fmt.Println("now uncaught")
	Drain(&Stack[string]{}, 1)
}
