// Checks conversions between integer sizes, floats and integers (truncation toward zero) and rounding.
package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9))
	big := 300
	neg := -70000
	fmt.Println(uint8(big), int8(big), int16(neg))
	u := uint32(math.MaxUint32)
	fmt.Println(int32(u), int64(u), uint64(int8(neg)))
	fmt.Println(float64(7)/2, 7/2, float32(0.1), float64(float32(0.1)))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Ceil(1.1), math.Trunc(-1.9))
	var i int = 1 << 53
	fmt.Println(float64(i+1) == float64(i), int(float64(i+1)))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	fmt.Println(1e100, 1e-7, 123456789.0, 1e21, float32(1)/3)
}
