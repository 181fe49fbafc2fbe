// Checks that constants have no negative zero (-0.0 is 0) while float variables do.
package main

import (
	"fmt"
	"math"
)

const negZero = -0.0

func main() {
	x := -0.0
	y := 0.0
	y = -y
	fmt.Println(math.Signbit(x), math.Signbit(negZero), math.Signbit(0*-1.0), math.Signbit(y), 1/x, 1/y)
	var f float64 = -(0.0)
	fmt.Println(math.Signbit(f), math.Copysign(0, -1))
}
