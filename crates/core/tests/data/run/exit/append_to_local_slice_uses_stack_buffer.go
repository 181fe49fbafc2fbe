// Checks append's capacity for slices that do not escape, whose first backing array Go (1.25+) puts in a 32-byte stack buffer.
package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println(len(s))
	var b []byte
	b = append(b, 'x')
	fmt.Println(cap(b))
	m := make([]int, 0)
	m = append(m, 1)
	fmt.Println(cap(m))
}
