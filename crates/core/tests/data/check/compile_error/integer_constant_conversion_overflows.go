//@ error: 7:12: constant 300 overflows int8
package main

import "fmt"

func main() {
	b := int8(300)
	fmt.Println(b)
}
