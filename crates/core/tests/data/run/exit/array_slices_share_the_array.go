// Checks that slices of array variables (local, global, through pointers, new) share the array's memory.
package main

import "fmt"

var global [3]int

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	var local [5]int
	s := local[1:4]
	fill(s, 7)
	fmt.Println(local, s, len(s), cap(s))
	local = [5]int{1, 2, 3, 4, 5}
	fmt.Println(s)
	copyOf := local
	s[0] = 20
	fmt.Println(local, copyOf)
	s = append(s, 40)
	fmt.Println(local)
	s = append(s[:4], 50)
	s[0] = -1
	fmt.Println(local, s)

	g := global[:]
	g[2] = 9
	fmt.Println(global)

	p := &local
	ps := p[2:]
	ps[0] = 300
	fmt.Println(local[2], p[2], ps)

	n := new([4]string)
	ns := n[:2]
	ns[1] = "x"
	fmt.Printf("%q\n", *n)

	lit := &[3]int{1, 2, 3}
	ls := lit[:]
	lit[0] = 100
	fmt.Println(ls)

	for i, v := range local {
		local[4] = 99
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
