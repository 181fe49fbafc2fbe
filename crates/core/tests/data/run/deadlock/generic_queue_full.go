// A generic queue over a buffered channel blocks on its second Put: a deadlock inside (*Queue[...]).Put.
package main

import "fmt"

type Queue[T any] struct {
	items chan T
}

func NewQueue[T any](n int) *Queue[T] {
	return &Queue[T]{items: make(chan T, n)}
}

func (q *Queue[T]) Put(v T) { q.items <- v }

func main() {
	q := NewQueue[string](1)
	q.Put("a")
	fmt.Println("put one")
	q.Put("b")
}
