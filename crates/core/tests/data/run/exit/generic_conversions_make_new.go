// Type parameters in conversions T(x), make([]T, n), make(map[K]V), new(T) and zero values.
package main

import "fmt"

type Integer interface{ ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint8 }

type Float interface{ ~float32 | ~float64 }

func Convert[To Integer | Float, From Integer | Float](x From) To { return To(x) }

func Fill[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func Ptr[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

func Zero[T any]() T {
	var z T
	return z
}

type Bytes interface{ ~string | ~[]byte }

func Len[T Bytes](x T) int { return len(x) }

func First[T Bytes](x T) byte { return x[0] }

type MyStr string

func main() {
	fmt.Println(Convert[int8](300), Convert[uint8](-1), Convert[int](3.99))
	fmt.Println(Convert[float32](1<<24+1), Convert[int64, float64](-2.5))
	fmt.Println(Fill(3, "x"), Fill[float64](2, 1), len(Fill[int](0, 9)))
	inv := Invert(map[string]int{"a": 1})
	fmt.Printf("%v %T\n", inv, inv)
	p := Ptr(7)
	fmt.Println(*p, *Ptr("s"), *Ptr[float64](2))
	fmt.Printf("%q %v %v %v %v\n", Zero[string](), Zero[int](), Zero[*int](), Zero[[]int]() == nil, Zero[struct{ A, B int }]())
	fmt.Printf("%v %v\n", Zero[error](), Zero[map[string]int]() == nil)
	fmt.Println(Len("héllo"), Len([]byte{1, 2}), Len(MyStr("abc")))
	fmt.Println(First("abc"), First([]byte("xyz")))
	var x int16 = -1
	fmt.Println(Convert[uint8](x), Convert[float64](x))
}
