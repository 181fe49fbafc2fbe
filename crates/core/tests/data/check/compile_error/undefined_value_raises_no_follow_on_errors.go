//@ error: 11:7: undefined: undefinedThing
//@ errors: 1
package main

import (
	"fmt"
	"slices"
)

func main() {
	c := undefinedThing(1)
	fmt.Println(len(c), cap(c))
	fmt.Println(slices.Insert(c, 2, 10))
	var n = c + 1
	_ = n
}
