// Checks math/rand: a Rand from NewSource draws exactly what Go draws; top-level draws stay in range.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type lcg struct{ n int64 }

func (s *lcg) Int63() int64    { s.n = (s.n*6364136223846793005 + 1442695040888963407) & (1<<63 - 1); return s.n }
func (s *lcg) Seed(seed int64) { s.n = seed }

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Int31(), r.Int(), r.Float64(), r.Float32(), r.Uint32(), r.Uint64())
	fmt.Println(r.Perm(10), r.Int63n(1000000007), r.Int31n(77), r.Intn(1<<40))
	xs := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	r.Seed(7)
	fmt.Println(r.Intn(1000), r.Intn(1000))
	src := rand.NewSource(1)
	fmt.Println(src.Int63(), src.Int63())
	r2 := rand.New(&lcg{n: 3})
	fmt.Println(r2.Intn(50), r2.Float64(), r2.Perm(5))
	n := rand.Intn(10)
	p := rand.Perm(5)
	sort.Ints(p)
	f := rand.Float64()
	fmt.Println(n >= 0 && n < 10, p, f >= 0 && f < 1, rand.Int63n(5) < 5, rand.Int31n(3) < 3)
	swaps := 0
	rand.Shuffle(5, func(i, j int) { swaps++ })
	fmt.Println(swaps)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
