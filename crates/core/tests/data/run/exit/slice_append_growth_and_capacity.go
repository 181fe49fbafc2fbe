// Checks slice append growth of heap slices (capacity doubling, size-class rounding) and aliasing.
package main

import "fmt"

var sink []int

func main() {
	prevCap := -1
	for i := 0; i < 20; i++ {
		sink = append(sink, i)
		if cap(sink) != prevCap {
			fmt.Println("len", len(sink), "cap", cap(sink))
			prevCap = cap(sink)
		}
	}
	small := make([]int32, 5)
	small = append(small, 1)
	fmt.Println("int32 5+1 cap", cap(small))
	a := make([]int, 3, 4)
	b := append(a, 1)
	b[0] = 99
	fmt.Println(a, b)
	c := append(b, 2)
	c[1] = 77
	fmt.Println(b, c)
	var nilSlice []string
	fmt.Println(nilSlice == nil, len(nilSlice), append(nilSlice, "x"))
}
