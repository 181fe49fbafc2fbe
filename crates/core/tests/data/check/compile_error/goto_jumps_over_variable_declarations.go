//@ error: 8:7: goto A jumps over declaration of y at 9:6
//@ errors: 4
package main

import "fmt"

func main() {
	goto A
	var y int
	_ = y
A:
	goto B
	var z, w = 1, 2
	_, _ = z, w
B:
	goto C
	const k = 1
	type T int
	C:
	goto D
	if true {
	D:
	}
	i := 0
E:
	i++
	if i < 3 {
		goto E
	}
	fmt.Println(i)
	switch {
	case true:
	F:
		goto F
	}
	goto G
	a, b := 1, 2
	_, _ = a, b
G:
}
