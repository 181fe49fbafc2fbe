package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func incr(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	incr(p)
	*p += 10
	fmt.Println(x, *p, p == &x)

	q := new(int)
	*q = 7
	fmt.Println(*q, *newInt(3))

	var list *Node
	for i := 3; i > 0; i-- {
		list = &Node{Val: i, Next: list}
	}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	pp := &p
	**pp = 100
	fmt.Println(x)

	var nilPtr *Node
	fmt.Println(nilPtr == nil)
}
