//@ error: 20:17: string does not satisfy Number (string missing in ~int | ~int64 | ~float64)
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum([]int{1, 2}))
	fmt.Println(Sum([]string{"a", "b"}))
}
