// A union constraint (~int | ~int64 | ~float64) admits named types such as MyInt; + and < work on it.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

type Celsius float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Min[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func Avg[T Number](xs []T) float64 {
	return float64(Sum(xs)) / float64(len(xs))
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]int64{1 << 40, 1 << 40}))
	fmt.Println(Sum([]float64{0.5, 0.25, 0.125}))
	mi := Sum([]MyInt{10, 20, 30})
	fmt.Printf("%v %T\n", mi, mi)
	c := Sum([]Celsius{20.5, 1.5})
	fmt.Printf("%v %T\n", c, c)
	fmt.Println(Min([]int{4, -2, 9}), Min([]float64{2.5, 1.5, 3}))
	fmt.Println(Min([]MyInt{7, 3, 5}))
	fmt.Println(Avg([]int{1, 2}), Avg([]MyInt{1, 2, 4}))
	fmt.Println(Sum[int](nil), Sum([]float64{}))
	fmt.Printf("%.3f\n", Avg([]Celsius{1, 2, 2}))
}
