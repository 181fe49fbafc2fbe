// Checks append's capacities for returned slices, printed slices, two append sites, element sizes
// and spread appends, against Go's stack-buffer rules.
package main

import "fmt"

func collect(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func caps(n int) []int {
	var s []int
	var out []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		out = append(out, cap(s))
	}
	fmt.Println(s)
	return out
}

func twoSites() {
	var s []int
	s = append(s, 1)
	c1 := cap(s)
	s = s[:0]
	s = append(s, 1, 2, 3, 4, 5)
	var t []int
	t = append(t, 1, 2)
	t = append(t, 3)
	fmt.Println(c1, cap(s), cap(t))
}

func bytesAndStructs() {
	var b []byte
	b = append(b, 'a')
	type pair struct{ a, b int64 }
	var p []pair
	p = append(p, pair{})
	type big struct{ a, b, c, d, e int64 }
	var g []big
	g = append(g, big{})
	var str []string
	str = append(str, "x")
	fmt.Println(cap(b), cap(p), cap(g), cap(str))
}

func variadic() {
	var s []int
	s = append(s, []int{1}...)
	fmt.Println(cap(s))
}

func main() {
	fmt.Println(cap(collect(1)), cap(collect(3)), cap(collect(5)))
	fmt.Println(caps(6))
	twoSites()
	bytesAndStructs()
	variadic()
}
