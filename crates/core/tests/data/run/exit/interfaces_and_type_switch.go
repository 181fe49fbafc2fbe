// Checks interface method dispatch and a type switch over several dynamic types.
package main

import (
	"fmt"
	"math"
)

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (s *Square) Area() float64 { return s.S * s.S }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case Shape:
		return fmt.Sprintf("shape %T with area %.2f", x, x.Area())
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 7, int64(8), "hey", Circle{1}, &Square{3}, fmt.Errorf("e"), 2.5, Square{1}} {
		fmt.Println(describe(v))
	}
}
