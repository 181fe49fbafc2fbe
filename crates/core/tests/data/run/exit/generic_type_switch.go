// A type switch on any(v) inside a generic function, case []T included; the builtin min and max.
package main

import (
	"fmt"
	"math"
	"strings"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + fmt.Sprint(x*2)
	case string:
		return "string:" + strings.ToUpper(x)
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer:" + x.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

type Float interface{ ~float32 | ~float64 }

func IsNaN[T Float](x T) bool { return x != x }

func Abs[T Float](x T) T { return T(math.Abs(float64(x))) }

func Clamp[T ~int | ~float64](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

func main() {
	fmt.Println(Describe(21))
	fmt.Println(Describe("go"))
	fmt.Println(Describe(ID(7)))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe(map[string]int{}))
	fmt.Println(IsNaN(math.NaN()), IsNaN(float32(1)), Abs(float32(-2.5)))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp(ID(5), 1, 9))
	fmt.Printf("%T\n", Clamp(ID(5), 1, 9))
}
