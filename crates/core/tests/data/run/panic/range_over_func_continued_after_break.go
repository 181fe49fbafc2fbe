// An iterator that calls yield again after the loop body returned false: Go's runtime error.
package main

import "fmt"

func Stubborn(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func main() {
	for x := range Stubborn {
		fmt.Println(x)
		break
	}
}
