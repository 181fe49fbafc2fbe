//@ error: 8:5: expression in go must be function call
package main

import "fmt"

func main() {
	work := func() { fmt.Println("working") }
	go work
}
