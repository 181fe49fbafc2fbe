// fmt calls String and Error methods under a recover, as Go's catchPanic does: a method that
// panics on a nil pointer receiver prints <nil>, any other panic prints in place of the
// value, and the program goes on.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T", t.n) }

type Bad struct{}

func (Bad) String() string { panic("exploded") }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type Worse struct{}

func (Worse) Error() string { panic(errors.New("no message")) }

type Index struct{ xs []int }

func (i Index) String() string { return fmt.Sprint(i.xs[3]) }

func main() {
	var p *T
	fmt.Println(p)
	fmt.Print(p, "\n")
	fmt.Println(fmt.Sprint(p))
	fmt.Println(fmt.Sprintf("%s|%d", p, 7))
	fmt.Println(Bad{})
	fmt.Printf("%v %s %q\n", Bad{}, Bad{}, Bad{})
	fmt.Println([]*T{p, {n: 2}})
	var e *E
	var err error = e
	fmt.Println(err)
	fmt.Printf("[%8v]\n", err)
	fmt.Println(Worse{})
	wrapped := fmt.Errorf("outer: %w", Worse{})
	fmt.Println(wrapped)
	fmt.Println(Index{xs: []int{1}})
	fmt.Println("still running")
}
