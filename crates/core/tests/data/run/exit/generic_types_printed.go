// %T, %v, %+v and %#v of generic types: Go spells instances main.Pair[string,int].
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

type Box[T any] struct{ V T }

type Stack[T any] struct{ items []T }

func main() {
	p := MakePair("age", 42)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T\n", &p)
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	q := p.Swap()
	fmt.Printf("%T %+v\n", q, q)
	fmt.Printf("%T\n", Stack[int]{})
	fmt.Printf("%T\n", &Stack[string]{})
	fmt.Printf("%T\n", Box[Pair[int, []string]]{})
	fmt.Printf("%T\n", []Box[map[string]int]{})
	fmt.Printf("%T\n", Box[func(int) error]{})
	fmt.Printf("%T\n", Pair[[2]bool, chan<- int]{})
	fmt.Printf("%T\n", Box[any]{})
	fmt.Printf("%T\n", Box[struct{ A int }]{})
	fmt.Printf("%v %+v\n", Box[*int]{}, Box[[]int]{V: []int{1}})
	fmt.Printf("%#v\n", Box[string]{"x"})
	fmt.Println(Pair[int, bool]{1, true}, &Box[float64]{2.5})
}
