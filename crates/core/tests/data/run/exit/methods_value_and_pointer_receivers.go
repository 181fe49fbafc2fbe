// Checks value receivers working on copies and pointer receivers mutating the original.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }
func (c Counter) Get() int     { return c.n }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

func main() {
	c := Counter{}
	c.IncValue()
	c.IncPointer()
	p := &c
	p.IncPointer()
	p.IncValue()
	fmt.Println(c.Get(), p.Get())
	r := Rect{2, 3}
	r.Scale(2)
	fmt.Println(r.Area(), r)
	f := r.Area
	r.W = 100
	fmt.Println(f(), r.Area())
}
