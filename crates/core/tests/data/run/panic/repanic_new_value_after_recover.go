// Checks panicking with a new value from a deferred call after recovering: both panics are printed.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("while handling %q: cleanup failed", r))
	}()
	panic("first failure")
}
