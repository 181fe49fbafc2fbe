//@ error: 20:31: got 3 type arguments but want 2
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	fmt.Println(Map[int, string, bool]([]int{1}, func(int) string { return "" }))
	var p Pair[string]
	fmt.Println(p)
}
