//@ error: 9:6: range over tick (variable of type func(func() bool)) permits no iteration variables
package main

import "fmt"

var tick func(func() bool)

func main() {
	for t := range tick {
		fmt.Println(t)
	}
}
