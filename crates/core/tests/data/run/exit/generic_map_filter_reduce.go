// Generic Map, Filter and Reduce with explicit, partial and inferred type arguments.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	s1 := Map[int, string](xs, strconv.Itoa)
	fmt.Println(s1, len(s1))
	s2 := Map(xs, func(i int) string { return strings.Repeat("*", i) })
	fmt.Printf("%q\n", s2)
	sq := Map(xs, func(i int) float64 { return float64(i) / 2 })
	fmt.Println(sq)
	ev := Filter(xs, func(i int) bool { return i%2 == 0 })
	fmt.Println(ev, len(ev), cap(ev) >= len(ev))
	none := Filter(xs, func(int) bool { return false })
	fmt.Println(none == nil, len(none))
	total := Reduce(xs, 0, func(a, x int) int { return a + x })
	joined := Reduce(s1, "", func(a string, x string) string { return a + x + "," })
	fmt.Println(total, joined)
	partial := Map[int](xs, func(i int) bool { return i > 2 })
	fmt.Println(partial)
	fmt.Printf("%T %T\n", s1, partial)
}
