// Untyped float constants are exact: arithmetic on them rounds only when a value takes a type.
package main

import (
	"fmt"
	"math"
)

const third = 1 / 3.0
const tiny = 1e-300
const huge = 1e300

type Celsius float64

func main() {
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2, third*3 == 1, third*3, 0.1*3 == 0.3, 1/49.0*49 == 1)
	const x = 0.1 + 0.2
	a, b := 0.1, 0.2
	fmt.Println(x == 0.3, x, a+b == 0.3, a+b)
	f := 1 / 49.0
	fmt.Println(f*49 == 1, Celsius(100)/3*3 == 100, 100.0/3*3 == 100)
	const typed float64 = 0.1
	fmt.Println(typed+0.2 == 0.3, typed+0.2, typed*3 == 0.3)
	var n int = 0.1 + 0.2 - 0.3
	fmt.Println(n, int64(1e18+0.5-0.5), int(7.0/2*2), 1<<62/3.0)
	fmt.Println(huge*1e10/1e10, tiny*tiny/tiny, huge*huge/huge/huge, 1e-320, 5e-324)
	fmt.Println(math.SmallestNonzeroFloat64/2*2, math.SmallestNonzeroFloat64*0.5, math.MaxFloat64, math.MaxFloat32)
	fmt.Println(math.Pi/180, math.Pi*math.Pi, 2*math.Pi/3, math.Pi-3.14159, math.E*math.Ln2, math.Sqrt2*math.Sqrt2 == 2)
	fmt.Println(float32(0.1), float32(1)/3, float32(third), float32(math.Pi), float32(16777217.0))
	fmt.Println(float32(1+0x1p-24+0x1p-60), float64(float32(0.1)), float32(math.MaxFloat32*(1+0x1p-25)))
	var f32 float32 = 0.1 + 0.2
	fmt.Println(f32, f32 == 0.3, float32(0.1)+float32(0.2) == 0.3)
	fmt.Printf("%v %g %.20g %e %.30f\n", x, third, third, math.Pi/3, 0.1+0.2)
	fmt.Printf("%v %g %v %g\n", float32(0.3), float32(1e-40), 1e21, 1e-7)
}
