// Checks an unrecovered panic(nil): Go 1.21 panics with a *runtime.PanicNilError, "panic: runtime error: panic called with nil argument".
package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs first")
	fmt.Println("calling panic(nil)")
	panic(nil)
}
