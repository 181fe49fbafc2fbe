//@ error: 8:14: invalid operation: cannot call total (variable of type int): int is not a function
package main

import "fmt"

func main() {
	total := 10
	fmt.Println(total())
}
