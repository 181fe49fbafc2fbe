//@ error: 7:12: float32(1e38) * 10 (constant 1e+39 of type float32) overflows float32
package main

import "fmt"

func main() {
	const h = float32(1e38) * 10
	fmt.Println(h)
}
