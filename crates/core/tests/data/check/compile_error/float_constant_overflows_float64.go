//@ error: 7:18: cannot use 1e300 * 1e10 (untyped float constant 1e+310) as float64 value in variable declaration (overflows)
package main

import "fmt"

func main() {
	var z float64 = 1e300 * 1e10
	fmt.Println(z)
}
