// Constraints with methods, unions with methods, and the pointer-method pattern PT interface{ *T; M() }.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface {
	String() string
}

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Color int

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

type StringableNumber interface {
	~int | ~float64
	String() string
}

func Total[T StringableNumber](xs []T) string {
	var t T
	for _, x := range xs {
		t += x
	}
	return "total=" + t.String()
}

type Named[T Stringer] struct {
	Name string
	Vals []T
}

func (n Named[T]) String() string { return n.Name + "[" + Join(n.Vals, "|") + "]" }

type PtrStringer[T any] interface {
	*T
	Stringer
}

type Counter struct{ n int }

func (c *Counter) String() string { c.n++; return "c" + strconv.Itoa(c.n) }

func CallTwice[T any, PT PtrStringer[T]](v T) string {
	p := PT(&v)
	return p.String() + "," + p.String()
}

func main() {
	fmt.Println(Join([]Color{0, 2, 1}, ", "))
	fmt.Println(Join([]Temp{21.55, -3}, " / "))
	fmt.Println(Total([]Temp{1.25, 2.5}), Total([]Color{1, 1}))
	n := Named[Color]{"colors", []Color{2, 2}}
	fmt.Println(n, Join([]Named[Color]{n, {"x", nil}}, ";"))
	fmt.Println(CallTwice(Counter{5}))
	fmt.Printf("%v %d %s\n", Color(1), Color(1), Temp(0))
}
