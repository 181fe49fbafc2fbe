// The comparable constraint: a generic Index, Contains and Dedup compare with ==.
package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Contains[T comparable](xs []T, v T) bool { return Index(xs, v) >= 0 }

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type Point struct{ X, Y int }

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Index([]int{5, 6, 7}, 7), Index([]int{5, 6, 7}, 9))
	fmt.Println(Index([]string{"a", "b", "c"}, "b"))
	fmt.Println(Contains([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	fmt.Println(Contains([]Point{{1, 2}, {3, 4}}, Point{4, 3}))
	fmt.Println(Dedup([]string{"x", "y", "x", "z", "y"}))
	fmt.Println(Dedup([]int{3, 3, 3, 1, 3, 1}))
	var a, b any = 1, 1
	fmt.Println(Equal(a, b), Equal[any](1, "1"))
	p1, p2 := &Point{1, 1}, &Point{1, 1}
	fmt.Println(Equal(p1, p2), Equal(*p1, *p2))
	fmt.Println(Equal([2]int{1, 2}, [2]int{1, 2}))
	fmt.Println(Index([]bool{false, true}, true))
	fmt.Println(Equal[float64](0.1+0.2, 0.3))
}
