//@ error: 9:17: cannot range over each (variable of type func(func(int))): func must be func(yield func(...) bool): yield func does not return bool
package main

import "fmt"

var each func(func(int))

func main() {
	for x := range each {
		fmt.Println(x)
	}
}
