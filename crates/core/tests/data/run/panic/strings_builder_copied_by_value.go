// A strings.Builder copied after it was written to: writing to the copy panics with Go's
// "strings: illegal use of non-zero Builder copied by value". A zero Builder may be copied,
// and Reset makes one zero again.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var zero strings.Builder
	fresh := zero
	fresh.WriteString("fine")
	fmt.Println(fresh.String())

	var a strings.Builder
	a.WriteString("x")
	b := a
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.WriteString("reset first")
	fmt.Println(b.String())

	c := a
	c.WriteString("y")
	fmt.Println("not reached")
}
