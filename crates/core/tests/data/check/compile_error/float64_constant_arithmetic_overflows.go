//@ error: 7:12: float64(1e308) * 10 (constant 1e+309 of type float64) overflows float64
package main

import "fmt"

func main() {
	const h = float64(1e308) * 10
	fmt.Println(h)
}
