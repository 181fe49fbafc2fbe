//@ unsupported: 6:6: unsupported: generic functions
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(len(Map([]int{1, 2}, func(i int) int { return i * 2 })))
}
