//@ error: 9:11: invalid operation: id == name (mismatched types int and string)
package main

import "fmt"

func main() {
	id := 7
	name := "7"
	if id == name {
		fmt.Println("same")
	}
}
