// Checks slicing an array that lies inside a struct field or another array: the slice shares its memory.
package main

import "fmt"

type buf struct {
	data [4]int
}

func main() {
	var b buf
	s := b.data[:]
	s[0] = 1
	var grid [2][3]int
	row := grid[1][:]
	row[2] = 5
	fmt.Println(b, grid)
}
