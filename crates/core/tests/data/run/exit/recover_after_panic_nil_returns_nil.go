// Checks recover after panic(nil) built outside a module (default GODEBUG panicnil=1): recover returns nil.
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
