// Checks what recover returns after panic(nil) in a program built outside a module (GODEBUG panicnil=1): nil, so the panic looks unrecovered.
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %v (%T), nil: %t\n", r, r, r == nil)
		}()
		panic(nil)
	}()
	var err error
	func() {
		defer func() { fmt.Println("nil error value recovered as", recover()) }()
		panic(err)
	}()
	fmt.Println("main continues")
}
