// Checks recover after panic(nil): since Go 1.21 it returns a *runtime.PanicNilError, not nil.
package main

import "fmt"

func run() (recovered bool, value any) {
	defer func() {
		value = recover()
		recovered = true
	}()
	panic(nil)
}

func main() {
	ok, v := run()
	fmt.Println("deferred ran:", ok, "recover value:", v, "is nil:", v == nil)
}
