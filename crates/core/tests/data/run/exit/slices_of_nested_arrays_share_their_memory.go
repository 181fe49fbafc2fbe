// Checks slices of arrays nested in structs, arrays and slice elements share the array's memory.
package main

import (
	"fmt"
	"sort"
)

type buf struct {
	n    int
	data [4]int
}

type grid struct {
	cells [2][3]int
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v + i
	}
}

func main() {
	var b buf
	s := b.data[1:3]
	s[0] = 7
	b.data[2] = 9
	fmt.Println(b, s, len(s), cap(s))
	s = append(s, 11) // within capacity: writes b.data[3]
	fmt.Println(b.data, s)
	s = append(s, 12) // beyond capacity: a new array
	s[0] = 100
	fmt.Println(b.data, s)

	c := b // a copy keeps its own array
	t := c.data[:]
	t[0] = -1
	fmt.Println(b.data[0], c.data[0])

	var g grid
	row := g.cells[1][:]
	fill(row, 10)
	p := &row[2]
	*p = 99
	fmt.Println(g)

	rows := make([][3]int, 2)
	r := rows[1][:2]
	copy(r, []int{5, 6, 7})
	fmt.Println(rows)

	arrs := [2][4]int{{4, 3, 2, 1}, {9, 8, 7, 6}}
	sort.Ints(arrs[1][:])
	for i, v := range arrs[0][1:] {
		arrs[0][i] = v * 10
	}
	fmt.Println(arrs)

	bp := &buf{}
	q := bp.data[:]
	q[3] = 42
	fmt.Println(*bp)
}
