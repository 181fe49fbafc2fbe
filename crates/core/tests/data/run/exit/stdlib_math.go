// Checks math functions bit for bit against Go's own implementations, and the special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 0.5, 1, 2, 10, 1e-10, 1e10, 700, -745.2, 1e22} {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x), math.Exp(x/10), math.Log(x), math.Log2(x), math.Log10(x), math.Sqrt(x), math.Cbrt(x))
		fmt.Println(" ", math.Atan(x), math.Sinh(x/100), math.Cosh(x/100), math.Tanh(x/10), math.Exp2(x/100), math.Expm1(x/100), math.Log1p(x))
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x / 3)
		fmt.Println(" ", fr, e, ip, fp, math.Ldexp(x, -3), math.Floor(-x/3), math.Ceil(x/3), math.Round(x/4), math.RoundToEven(2.5), math.Trunc(-x/3))
	}
	pairs := [][2]float64{{2, 10}, {2, 0.5}, {10, -2}, {-2, 3}, {0, -1}, {1.5, 2.5}, {7, 3}, {-7, 3}, {7, -3}, {5.5, 1.2}, {3, 4}, {0.5, 1e10}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Println(x, y, math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y), math.Mod(x, y), math.Remainder(x, y), math.Max(x, y), math.Min(x, y), math.Dim(x, y))
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(1), -1))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x40400000))
	fmt.Println(math.Pow10(3), math.Pow10(-3), math.Pow10(309), math.Asin(2), math.Acos(0.5), math.Asinh(2), math.Acosh(2), math.Atanh(0.5))
	fmt.Println(math.Max(0, math.Copysign(0, -1)), math.Min(0, math.Copysign(0, -1)), math.Sqrt(-1), math.Log(-1), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Log2E, math.Log10E)
	// A checksum over many arguments catches any last-bit difference.
	h := uint64(0)
	for i := 1; i <= 2000; i++ {
		x := float64(i)*0.37 - 300
		for _, v := range []float64{math.Sin(x), math.Cos(x), math.Tan(x), math.Exp(x / 50), math.Log(math.Abs(x)), math.Pow(math.Abs(x), 1.7), math.Atan2(x, 7), math.Cbrt(x), math.Hypot(x, 3), math.Expm1(x / 500)} {
			h = h*1099511628211 ^ math.Float64bits(v)
		}
	}
	fmt.Printf("%x\n", h)
}
