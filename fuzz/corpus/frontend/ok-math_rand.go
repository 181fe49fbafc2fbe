package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	n := r.Intn(10)
	f := r.Float64()
	fmt.Println(n >= 0 && n < 10, f >= 0 && f < 1)

	perm := rand.Perm(5)
	fmt.Println(len(perm))
	x := rand.Intn(100)
	fmt.Println(x < 100)

	fmt.Println(math.Round(2.5), math.Trunc(-2.7), math.Ceil(1.1), math.Mod(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.MinInt64, math.SmallestNonzeroFloat64 > 0)
	fmt.Printf("%.3f\n", math.Sin(math.Pi/2))
}
