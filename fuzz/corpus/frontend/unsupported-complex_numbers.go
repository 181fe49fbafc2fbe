//@ unsupported: 7:8: unsupported: complex numbers
package main

import "fmt"

func main() {
	var c complex128 = 1 + 2i
	fmt.Println(c)
}
