package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

var ErrEmpty = errors.New("empty key")

func lookup(key string) error {
	if key == "" {
		return ErrEmpty
	}
	return fmt.Errorf("lookup failed: %w", &NotFoundError{Key: key})
}

func main() {
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area(), s.Perimeter())
	var st fmt.Stringer = Rect{1, 2}
	fmt.Println(st, s)

	if r, ok := s.(Rect); ok {
		fmt.Println("width", r.W)
	}

	var e interface{} = 42
	var any2 any = "text"
	fmt.Println(e, any2)

	err := lookup("")
	fmt.Println(errors.Is(err, ErrEmpty))
	err = lookup("k")
	var nf *NotFoundError
	if errors.As(err, &nf) {
		fmt.Println(err, "| key:", nf.Key)
	}
	fmt.Println(errors.Unwrap(err) != nil)
}
