//@ error: 7:20: newline in string
package main

import "fmt"

func main() {
	fmt.Println("hello
	world")
}
