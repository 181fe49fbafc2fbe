// Checks the runtime error for shifting by a negative (signed, variable) amount.
package main

import "fmt"

func main() {
	x := 1
	for s := 2; s >= -1; s-- {
		fmt.Println("1 <<", s, "=", x<<s)
	}
}
