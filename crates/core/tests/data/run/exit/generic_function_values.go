// Instantiated generic functions as values; a generic function passed where its type is known is inferred.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Apply[T any](a, b T, f func(T, T) T) T { return f(a, b) }

func Fold[T any](xs []T, f func(T, T) T) T {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = f(acc, x)
	}
	return acc
}

func SortBy[T any, K Ordered](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func main() {
	f := Max[int]
	fmt.Println(f(3, 9), f(-1, -5))
	fmt.Printf("%T\n", f)
	g := Max[string]
	fmt.Println(Apply("apple", "banana", g))
	fmt.Println(Apply(2.5, 1.5, Max[float64]))
	fmt.Println(Fold([]int{4, 8, 1}, Max[int]))
	fmt.Println(Fold([]string{"b", "zz", "a"}, Max))
	var h func(int64, int64) int64 = Max
	fmt.Println(h(1, 2))
	fns := []func(int, int) int{Max[int], func(a, b int) int { return a + b }}
	for i, fn := range fns {
		fmt.Println(i, fn(10, 20))
	}
	words := []string{"ccc", "a", "bb"}
	SortBy(words, func(s string) int { return len(s) })
	fmt.Println(words)
	SortBy(words, strings.ToUpper)
	fmt.Println(words)
	m := map[string]func(float64, float64) float64{"max": Max[float64]}
	fmt.Println(m["max"](0.1, 0.2))
	fmt.Println(f != nil)
}
