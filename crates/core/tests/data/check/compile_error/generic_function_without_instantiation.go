//@ error: 9:10: cannot use generic function Id without instantiation
package main

import "fmt"

func Id[T any](x T) T { return x }

func main() {
	var f = Id
	fmt.Println(f)
}
