// Checks how a panic with a value of a named integer type (no methods) is printed: main.Code(7).
package main

import "fmt"

type Code int

func main() {
	fmt.Println("panicking with a Code")
	panic(Code(7))
}
