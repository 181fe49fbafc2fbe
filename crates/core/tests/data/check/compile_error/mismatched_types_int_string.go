//@ error: 9:14: invalid operation: n + s (mismatched types int and string)
package main

import "fmt"

func main() {
	n := 5
	s := "apples"
	fmt.Println(n + s)
}
