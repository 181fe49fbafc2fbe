//@ error: 8:6: non-boolean condition in for statement
package main

import "fmt"

func main() {
	n := 3
	for n {
		n--
	}
	fmt.Println(n)
}
