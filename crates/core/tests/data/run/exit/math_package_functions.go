// Checks math functions and constants: Sqrt, Pow, Abs, Max/Min, Inf, NaN, Mod, Log and integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f\n", math.Pi, math.E, math.Log(math.E))
	fmt.Println(math.Log2(8), math.Log10(1000), math.Exp(0), math.Cbrt(27))
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, nan == nan, math.IsNaN(nan), math.IsInf(inf, 1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.3f %.3f %.3f\n", math.Sin(math.Pi/2), math.Cos(0), math.Atan2(1, 1))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(math.Floor(2.7), math.Signbit(-0.0*1), min(3, 1, 2), max(2.5, 1))
}
