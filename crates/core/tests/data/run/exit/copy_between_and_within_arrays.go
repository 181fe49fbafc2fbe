// copy between distinct arrays (in place), within one array (overlapping), into an array
// inside a struct (an alias), from a string, and of struct elements (copied by value).
package main

import "fmt"

type P struct{ a, b int }

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(copy(s[1:], s), s)
	t := []int{9, 9}
	fmt.Println(copy(t, s[4:]), t, copy(s, t), s)
	var arr [4]string
	n := copy(arr[1:], []string{"x", "y", "z", "w"})
	fmt.Println(n, arr)
	ps := []P{{1, 2}, {3, 4}}
	qs := make([]P, 3)
	copy(qs[1:], ps)
	ps[0].a = 100
	fmt.Println(qs, ps)
	b := make([]byte, 3)
	fmt.Println(copy(b, "hello"), string(b))
	type S struct{ x [3]int }
	var st S
	copy(st.x[:], []int{7, 8, 9, 10})
	fmt.Println(st)
}
