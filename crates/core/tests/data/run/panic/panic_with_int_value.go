// Checks how a panic with an int value is printed.
package main

import "fmt"

func main() {
	code := 42
	fmt.Println("panicking with", code)
	panic(code)
}
