//@ error: 8:6: x redeclared in this block
package main

import "fmt"

func main() {
	var x int = 1
	var x string = "one"
	fmt.Println(x)
}
