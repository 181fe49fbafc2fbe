// Checks the runtime error converting a slice to an array type longer than the slice.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	fmt.Println(a)
	b := [5]int(s)
	fmt.Println(b)
}
