// Go 1.24's generic type aliases: List[T] = []T, an alias of a generic struct instance, of a channel type.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// Go 1.24's generic type aliases.
type List[T any] = []T
type Entries[V any] = []Pair[string, V]
type Results[T any] = chan T

func Sum(xs List[int]) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var l List[int] = []int{1, 2, 3}
	fmt.Println(Sum(l), len(l))
	e := Entries[float64]{{"a", 1.5}, {"b", 2}}
	fmt.Printf("%v %T\n", e, e)
	ch := make(Results[string], 1)
	ch <- "done"
	fmt.Println(<-ch)
}
