//@ error: 9:12: undefined: parse
//@ errors: 1
package main

import "fmt"

func main() {
	// The variables take no type from the failed call; using them reports nothing more.
	t, err := parse("2024-03-01")
	fmt.Println(t.Year(), t.Month, err)
}
