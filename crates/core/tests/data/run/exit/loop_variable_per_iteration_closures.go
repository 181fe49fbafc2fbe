// Checks Go 1.22 per-iteration loop variables: each closure captures its own i.
package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}
	var names []func() string
	for _, s := range []string{"x", "y", "z"} {
		names = append(names, func() string { return s })
	}
	for _, f := range names {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
