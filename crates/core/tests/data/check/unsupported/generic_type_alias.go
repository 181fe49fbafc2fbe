//@ unsupported: 7:6: unsupported: generic type aliases
package main

import "fmt"

// Go 1.24's generic type aliases.
type List[T any] = []T

func main() {
	var l List[int]
	fmt.Println(len(l))
}
