// Checks the runtime error for comparing two interface values holding slices.
package main

import "fmt"

func main() {
	var a, b any = 1, 1
	fmt.Println("ints equal:", a == b)
	a, b = []int{1}, []int{1}
	fmt.Println("slices equal:", a == b)
}
