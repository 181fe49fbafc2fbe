// A generic map type with methods, a generic tree, an embedded instance promoting its methods, Keys[M ~map[K]V].
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

type Number interface {
	~int | ~float64
}

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func Insert[T interface{ ~int | ~string }](t *Tree[T], v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = Insert(t.Left, v)
	} else {
		t.Right = Insert(t.Right, v)
	}
	return t
}

type Named struct {
	Set[string]
	name string
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func main() {
	s := Set[int]{}
	s.Add(3)
	s.Add(3)
	s.Add(5)
	fmt.Println(s.Len(), s.Has(3), s.Has(4))
	add := s.Add
	add(9)
	fmt.Println(len(s))
	fmt.Println(SumMap(map[string]float64{"a": 1.5, "b": 2}))
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a") {
		root = Insert(root, w)
	}
	root.Walk(func(v string) { fmt.Print(v, " ") })
	fmt.Println()
	n := Named{Set: Set[string]{}, name: "n"}
	n.Add("x")
	fmt.Println(n.Has("x"), n.Len())
	ks := Keys(map[string]int{"b": 1, "a": 2})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Printf("%T %v\n", s, root.Left.Val)
	var f func(*Tree[int], int) *Tree[int] = Insert
	fmt.Println(f(nil, 4).Val)
}
