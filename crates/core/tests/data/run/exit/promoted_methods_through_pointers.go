// Checks promoted methods through a pointer to the outer struct, through an embedded pointer, and
// next to other fields.
package main

import "fmt"

type A interface{ Area() int }
type Rect struct{ W int }
type Square struct{ Rect }
type PSquare struct{ *Rect }
type Named struct {
	Rect
	N string
}

func (r Rect) Area() int { return r.W }

func main() {
	var s A = &Square{Rect{2}}
	fmt.Println(s.Area())
	var p A = PSquare{&Rect{3}}
	fmt.Println(p.Area())
	var n A = Named{Rect{4}, "x"}
	fmt.Println(n.Area())
}
