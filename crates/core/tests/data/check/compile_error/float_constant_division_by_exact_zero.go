//@ error: 7:13: invalid operation: division by zero
package main

import "fmt"

func main() {
	q := 0.1 / (0.3 - 0.1 - 0.2)
	fmt.Println(q)
}
