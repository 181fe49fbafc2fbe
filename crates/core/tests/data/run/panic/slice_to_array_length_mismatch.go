// Checks the runtime error converting a slice to an array type longer than the slice.
//@ gap: slice-to-array conversions (Go 1.20) are not supported by the checker
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	fmt.Println(a)
	b := [5]int(s)
	fmt.Println(b)
}
