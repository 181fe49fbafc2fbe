//@ error: 7:15: cannot use 300.0 (untyped float constant 300) as int8 value in variable declaration (truncated)
package main

import "fmt"

func main() {
	var b int8 = 300.0
	fmt.Println(b)
}
