// Methods of a generic Set call generic functions and other methods of the instance.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int          { return len(s.m) }
func (s Set[T]) Items() []T        { return Keys(s.m) }
func (s Set[T]) Strings() []string { return Map(s.Items(), func(v T) string { return fmt.Sprint(v) }) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet(s.Items()...)
	for _, v := range o.Items() {
		r.Add(v)
	}
	return r
}

func (s Set[T]) String() string {
	ss := s.Strings()
	sort.Strings(ss)
	return "{" + strings.Join(ss, " ") + "}"
}

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := a.Union(b)
	fmt.Println(a, b, u, u.Len())
	fmt.Println(u.Has(4), u.Has(5))
	w := NewSet("x", "y", "x")
	fmt.Printf("%v %d %T\n", w, w.Len(), w)
	fmt.Printf("%s\n", NewSet[float64]())
	fmt.Println(NewSet([2]int{1, 2}, [2]int{1, 2}))
}
