// A pipeline of generic stages, stage[In, Out], each a goroutine between two channels.
package main

import (
	"fmt"
	"strings"
)

func source[T any](xs []T) <-chan T {
	out := make(chan T)
	go func() {
		for _, x := range xs {
			out <- x
		}
		close(out)
	}()
	return out
}

func stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func sink[T any](in <-chan T) []T {
	var r []T
	for v := range in {
		r = append(r, v)
	}
	return r
}

type Rec struct {
	Name string
	Len  int
}

func main() {
	words := source([]string{"go", "generic", "chan", "pipeline"})
	upper := stage(words, strings.ToUpper)
	recs := stage(upper, func(s string) Rec { return Rec{s, len(s)} })
	strs := stage[Rec, string](recs, func(r Rec) string { return fmt.Sprintf("%s=%d", r.Name, r.Len) })
	fmt.Println(sink(strs))

	n := source([]int{1, 2, 3, 4})
	sq := stage(n, func(i int) int { return i * i })
	half := stage(sq, func(i int) float64 { return float64(i) / 2 })
	for v := range half {
		fmt.Printf("%v ", v)
	}
	fmt.Println()
	fmt.Printf("%T\n", stage[int, bool])
}
