// A generic linked list whose node type refers to itself: node[T] holds *node[T].
package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	v    T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v: v, next: l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{v: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	p := l.head
	for p.next != nil {
		p = p.next
	}
	p.next = n
}

func (l *List[T]) Each(f func(T)) {
	for p := l.head; p != nil; p = p.next {
		f(p.v)
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for cur := l.head; cur != nil; {
		nxt := cur.next
		cur.next = prev
		prev, cur = cur, nxt
	}
	l.head = prev
}

func ToSlice[T any](l *List[T]) []T {
	out := make([]T, 0, l.size)
	l.Each(func(v T) { out = append(out, v) })
	return out
}

func main() {
	var l List[int]
	l.PushBack(2)
	l.PushBack(3)
	l.PushFront(1)
	fmt.Println(ToSlice(&l), l.size)
	l.Reverse()
	fmt.Println(ToSlice(&l))
	var sl List[string]
	sl.PushFront("world")
	sl.PushFront("hello")
	var b strings.Builder
	sl.Each(func(s string) { b.WriteString(s + ";") })
	fmt.Println(b.String())
	fmt.Printf("%T %T %v\n", l.head, sl, *sl.head.next)
	var e List[bool]
	fmt.Println(ToSlice(&e), e.head == nil)
}
