//@ error: 8:8: expression in defer must be function call
package main

import "fmt"

func main() {
	cleanup := func() { fmt.Println("cleanup") }
	defer cleanup
}
