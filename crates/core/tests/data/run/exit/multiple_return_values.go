// Checks functions with multiple results, blank identifiers and passing results straight through.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func minMax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(-17, 5)
	fmt.Println(r2)
	fmt.Println(minMax([]int{4, -2, 9, 3}))
	fmt.Println(swap(swap("a", "b")))
	if n, err := strconv.Atoi("123x"); err != nil {
		fmt.Println("error:", err, n)
	}
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}
