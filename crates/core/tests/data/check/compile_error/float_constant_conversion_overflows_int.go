//@ error: 7:11: cannot convert 1e40 (untyped float constant 10000000000000000000000000000000000000000) to type int
package main

import "fmt"

func main() {
	n := int(1e40)
	fmt.Println(n)
}
