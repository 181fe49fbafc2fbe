// Checks method expressions, method values of embedded types, strings.Builder with Fprintf and
// float printing in a shapes program.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct {
	Rect
	Name string
}

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string    { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return "circle " + v.String()
	case Square:
		return "square " + v.Name
	case Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Square{Rect{2, 2}, "sq"}, Circle{2.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-20s area=%8.3f perim=%08.3f\n", describe(s), s.Area(), s.Perimeter())
	}
	fmt.Println(shapes[0], shapes[1])
	fmt.Printf("%v %+v %T\n", shapes[2], shapes[2], shapes[2])
	var sb strings.Builder
	for i, s := range shapes {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%.2f", s.Area())
	}
	fmt.Println(sb.String(), sb.Len())
	sq := Square{Rect{5, 5}, "big"}
	f := sq.Area
	fmt.Println(f(), sq.W, sq.Rect.H)
	g := Rect.Perimeter
	fmt.Println(g(Rect{1, 2}))
	fmt.Println(math.Sqrt(2), math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.Floor(-2.5))
	fmt.Println(1e21, 1e20, 123456789.0, 0.000001, 0.0000001, float32(0.1), 3.0)
}
