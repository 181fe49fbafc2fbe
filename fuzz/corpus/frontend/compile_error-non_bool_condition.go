//@ error: 8:5: non-boolean condition in if statement
package main

import "fmt"

func main() {
	n := 1
	if n {
		fmt.Println("truthy")
	}
}
