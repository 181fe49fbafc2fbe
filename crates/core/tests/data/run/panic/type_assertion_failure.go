// Checks that a failing single-result type assertion panics with an interface conversion error.
package main

import "fmt"

func main() {
	var v any = "forty-two"
	if n, ok := v.(int); !ok {
		fmt.Println("comma-ok form is safe:", n, ok)
	}
	n := v.(int)
	fmt.Println(n)
}
