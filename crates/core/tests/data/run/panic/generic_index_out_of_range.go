// A panic inside a generic function: Go's traceback names it main.First[...].
package main

import "fmt"

func First[T any](xs []T) T {
	return xs[0]
}

type Box[T any] struct{ items []T }

func (b *Box[T]) Head() T { return First(b.items) }

func main() {
	fmt.Println(First([]int{7, 8}))
	fmt.Println(First([]string{"a"}))
	b := &Box[string]{items: []string{"x"}}
	fmt.Println(b.Head())
	var empty []int
	fmt.Println("about to panic")
	fmt.Println(First(empty))
	fmt.Println("unreachable")
}
