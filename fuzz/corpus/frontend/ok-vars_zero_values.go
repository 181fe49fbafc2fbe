package main

import "fmt"

var (
	global    int
	name      = "gopher"
	ratio     float64
	enabled   bool
	pkgSlice  []string
	pkgMap    map[string]int
	pkgPtr    *int
	pkgErr    error
	pkgStruct struct{ X, Y int }
)

var x, y, z = 1, "two", 3.0

func main() {
	var a int
	var b, c = 2, "c"
	d := 4.5
	var e, f int = 5, 6
	fmt.Println(global, name, ratio, enabled, pkgSlice == nil, pkgMap == nil, pkgPtr == nil, pkgErr == nil, pkgStruct)
	fmt.Println(x, y, z, a, b, c, d, e, f)
	a, b = b, a
	fmt.Println(a, b)
	_ = c
}
