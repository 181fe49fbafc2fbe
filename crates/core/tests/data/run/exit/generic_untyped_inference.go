// Inference from untyped constants: the largest kind wins (Max(3, 4.5) is float64, int and rune give rune).
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T Number](xs []T, start T) T {
	for _, x := range xs {
		start += x
	}
	return start
}

func Show[T any](v T) string { return fmt.Sprintf("%T(%v)", v, v) }

func Both[T any](a, b T) string { return fmt.Sprintf("%T:%v,%v", a, a, b) }

type MyInt int

func main() {
	m := Max(3, 4.5)
	fmt.Printf("%v %T\n", m, m)
	m2 := Max(7, 2)
	fmt.Printf("%v %T\n", m2, m2)
	m3 := Max(2.0, 1)
	fmt.Printf("%v %T\n", m3, m3)
	fmt.Printf("%v %T\n", Sum([]float64{1, 2}, 0), Sum([]float64{1, 2}, 0))
	fmt.Printf("%v %T\n", Sum([]int64{1 << 33}, 1), Sum([]int64{1}, 1))
	var mi MyInt = 5
	r := Max(mi, 10)
	fmt.Printf("%v %T\n", r, r)
	fmt.Println(Show(1), Show(1.0), Show('x'), Show("s"), Show(true))
	fmt.Println(Both(1, 'a'), Both(1, 2.5), Both('a', 2.0))
	fmt.Println(Show([]int(nil)), Show(any(nil)))
	const big = 1 << 40
	fmt.Println(Show(big), Max(big, 1.5))
	fmt.Println(Both[float64](1, 2), Max[int64](3, 4))
}
