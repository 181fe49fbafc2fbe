//@ unsupported: 7:14: unsupported: constant shifts beyond 128 bits
package main

import "fmt"

func main() {
	fmt.Println(1e40 >> 100)
}
