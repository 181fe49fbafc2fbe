// Checks that a deferred closure can read and change named results after return sets them.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func counted() (s string, calls int) {
	defer func() { calls++ }()
	defer func() { s += "!" }()
	s, calls = "hi", 1
	return s, calls
}

func unnamed() int {
	n := 5
	defer func() { n = 100 }()
	return n
}

func main() {
	fmt.Println(double())
	fmt.Println(counted())
	fmt.Println(unnamed())
}
