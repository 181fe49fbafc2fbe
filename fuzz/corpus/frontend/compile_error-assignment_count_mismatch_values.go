//@ error: 8:9: assignment mismatch: 2 variables but 3 values
package main

import "fmt"

func main() {
	var a, b int
	a, b = 1, 2, 3
	fmt.Println(a, b)
}
