//@ error: 7:7: syntax error: unexpected =, expected expression
package main

import "fmt"

func main() {
	x := = 5
	fmt.Println(x)
}
