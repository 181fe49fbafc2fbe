// Checks that strings.Repeat panics on a negative count.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for n := 2; n >= -1; n-- {
		fmt.Printf("%q\n", strings.Repeat("ab", n))
	}
}
