// Checks slices of nested arrays keep aliasing through reassignment, array-pointer conversions,
// range, slice elements that move when their slice grows, and structs behind map pointers.
package main

import "fmt"

type buf struct {
	data [4]int
}

func main() {
	var b buf
	s := b.data[:]
	b = buf{data: [4]int{1, 2, 3, 4}}
	fmt.Println(s)
	p := (*[4]int)(s)
	p[0] = 10
	*p = [4]int{5, 6, 7, 8}
	fmt.Println(b, s)
	a := [4]int(s[:4])
	a[1] = 0
	fmt.Println(a, b)
	for i, v := range s {
		s[3-i] = v
	}
	fmt.Println(b)
	bs := []buf{{}, {}}
	t := bs[1].data[2:]
	t[0] = 9
	bs = append(bs, buf{})
	t[1] = 10
	fmt.Println(bs, t)
	m := map[string]*buf{"x": {}}
	u := m["x"].data[:2]
	u[1] = 3
	fmt.Println(*m["x"], fmt.Sprintf("%v %d", u, len(u)))
}
