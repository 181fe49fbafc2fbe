//@ error: 9:9: range over each (variable of type func(func(string) bool)) permits only one iteration variable
package main

import "fmt"

var each func(func(string) bool)

func main() {
	for i, s := range each {
		fmt.Println(i, s)
	}
}
