// Generic functions given some type arguments: the rest come from the constraints' core
// types (slices.Sort[[]int] binds E), as values and in calls.
package main

import (
	"fmt"
	"slices"
)

func Grow[S ~[]E, E any](s S, n int) S {
	return append(s, make(S, n)...)
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

type Names []string

func main() {
	sorter := slices.Sort[[]int]
	s := []int{3, 1, 2}
	sorter(s)
	fmt.Println(s)
	g := Grow[Names](Names{"a"}, 2)
	fmt.Printf("%T %q\n", g, g)
	lengths := Map[Names, string, int](Names{"go", "rust"}, func(s string) int { return len(s) })
	fmt.Println(lengths)
	grow := Grow[[]float64]
	fmt.Println(len(grow(nil, 3)))
}
