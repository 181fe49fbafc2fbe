//@ error: 10:20: invalid operation: shifted operand 1 (type float64) must be integer
package main

import "fmt"

func main() {
	n := 3
	var ok uint8 = 1 << n
	fmt.Println(ok)
	var bad float64 = 1 << n
	fmt.Println(bad)
}
