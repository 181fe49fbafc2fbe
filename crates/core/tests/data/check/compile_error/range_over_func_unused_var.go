//@ error: 12:3: declared and not used: y
package main

import "fmt"

func Each(yield func(int) bool) {
	yield(1)
}

func main() {
	for x := range Each {
		y := x
	}
	fmt.Println("done")
}
