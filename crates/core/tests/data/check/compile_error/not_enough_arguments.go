//@ error: 9:18: not enough arguments in call to add
package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	fmt.Println(add(1))
}
