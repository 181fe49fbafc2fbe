// Checks what recover returns after panic(nil) and after panicking with a nil error value: a *runtime.PanicNilError (Go 1.21), so the panic is seen as recovered.
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
