// Checks panic(nil) built outside a module, where the default GODEBUG has panicnil=1: it prints "panic: nil".
package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs first")
	fmt.Println("calling panic(nil)")
	panic(nil)
}
