// Checks recovering runtime errors and inspecting them as runtime.Error values.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %t)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	var m map[string]int
	var p *struct{ X int }
	zero := 0
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("nil map", func() { m["a"] = 1 })
	try("nil pointer", func() { p.X = 1 })
	try("divide", func() { _ = 10 / zero })
	try("assert", func() { var x any = "str"; _ = x.(int) })
	try("custom", func() { panic("plain string") })
}
