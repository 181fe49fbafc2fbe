// Checks slice-to-array conversions: [N]T(s) copies, (*[N]T)(s) shares, nil and empty slices, named array types.
package main

import "fmt"

type Pair [2]string

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(a, s)
	b := [2]int(s[1:])
	fmt.Println(b)
	var empty []int
	z := [0]int(empty)
	fmt.Println(z, len(z))
	p := (*[4]int)(s)
	p[1] = 200
	fmt.Println(s, *p)
	var np *[0]int = (*[0]int)(empty)
	fmt.Println(np == nil)
	names := []string{"a", "b", "c"}
	pr := Pair(names[:2])
	fmt.Println(pr)
	arr := [3]int{7, 8, 9}
	back := [3]int(arr[:])
	fmt.Println(back == arr)
}
