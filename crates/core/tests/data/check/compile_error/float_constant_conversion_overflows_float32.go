//@ error: 7:15: cannot convert -1e39 (untyped float constant -1e+39) to type float32
package main

import "fmt"

func main() {
	f := float32(-1e39)
	fmt.Println(f)
}
