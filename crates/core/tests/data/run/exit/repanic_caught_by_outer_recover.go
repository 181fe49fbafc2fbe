// Checks a panic recovered, re-panicked with a new value, and recovered again one frame up.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	panic("original")
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	inner()
	return "not reached"
}

func main() {
	fmt.Println(outer())
	fmt.Println("program continues")
}
