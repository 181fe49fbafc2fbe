//@ error: 9:17: cannot range over each (variable of type func(func(...int) bool)): yield func of type func(...int) bool cannot be variadic
package main

import "fmt"

var each func(func(...int) bool)

func main() {
	for x := range each {
		fmt.Println(x)
	}
}
