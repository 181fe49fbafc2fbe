//@ error: 7:11: cannot convert -2.9 (untyped float constant) to type int
package main

import "fmt"

func main() {
	n := int(-2.9)
	fmt.Println(n)
}
