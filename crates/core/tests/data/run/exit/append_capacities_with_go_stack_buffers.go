// Checks append's capacities where Go 1.25+ starts a slice in a 32-byte stack buffer: slices that
// never escape, slices that escape only by being returned (named or not), aliases, loops, element
// sizes, non-leaking helper functions, and slices that escape (heap growth as before).
package main

import "fmt"

type point struct{ x, y int32 }

func loopDecl() {
	for j := 0; j < 3; j++ {
		var s []int
		s = append(s, j)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}

func rangeAfter() int {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	return sum + 100*cap(s)
}

func alias() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	t := s
	fmt.Println(cap(t), cap(s), len(t))
}

func named(n int) (out []string) {
	for i := 0; i < n; i++ {
		out = append(out, "x")
	}
	return
}

func kinds() {
	var p []*int
	p = append(p, nil)
	var q []point
	q = append(q, point{1, 2})
	var b []bool
	b = append(b, true)
	var r []rune
	r = append(r, 'a')
	var f []float64
	f = append(f, 1, 2, 3)
	fmt.Println(cap(p), cap(q), cap(b), cap(r), cap(f))
}

func param(s []int) int {
	s = append(s, 1)
	return cap(s)
}

func escapes() {
	var s []int
	s = append(s, 1)
	show(s)
	fmt.Println(cap(s))
}

func show(s []int) { fmt.Println(len(s)) }

func reuse() {
	var s []int
	s = append(s, 1, 2)
	s = s[:0]
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(cap(s))
}

func copied() {
	var s []int
	s = append(s, 0)
	copy(s, []int{7})
	fmt.Println(cap(s), s[0])
}

func other() {
	var s []int
	t := append(s, 1)
	fmt.Println(cap(t))
}

func grow(n int) []byte {
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, 'a')
		_ = cap(b)
	}
	return b
}

func main() {
	fmt.Println(cap(named2(1)), cap(plain(1)), cap(namedInts(3)), cap(plainInts(3)))
	loopDecl()
	fmt.Println(rangeAfter())
	alias()
	fmt.Println(cap(named(1)), cap(named(3)), cap(named(5)))
	kinds()
	fmt.Println(param(nil), param(make([]int, 0, 3)))
	escapes()
	reuse()
	copied()
	other()
	for _, n := range []int{1, 9, 17, 33} {
		fmt.Print(cap(grow(n)), " ")
	}
	fmt.Println()
}
func named2(n int) (out []string) {
	for i := 0; i < n; i++ {
		out = append(out, "x")
	}
	return out
}
func plain(n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, "x")
	}
	return out
}
func namedInts(n int) (out []int) {
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return
}
func plainInts(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}
