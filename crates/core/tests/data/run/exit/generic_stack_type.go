// A generic type Stack[T] with pointer-receiver methods; Pop of an empty stack returns T's zero value.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (v T, ok bool) {
	if len(s.items) > 0 {
		v, ok = s.items[len(s.items)-1], true
	}
	return
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len(), s)
	for {
		v, ok := s.Pop()
		fmt.Println(v, ok)
		if !ok {
			break
		}
	}
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	p, ok := ss.Peek()
	fmt.Printf("%q %v %d\n", p, ok, ss.Len())
	ss.Pop()
	ss.Pop()
	z, ok := ss.Pop()
	fmt.Printf("%q %v\n", z, ok)
	ps := Stack[*int]{}
	np, ok := ps.Pop()
	fmt.Println(np == nil, np, ok)
	sl := Stack[[]int]{}
	e, _ := sl.Pop()
	fmt.Println(e == nil, len(e))
	fmt.Printf("%v %+v\n", s, *ss)
}
