//@ error: 7:9: not enough return values
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b
}

func main() {
	fmt.Println(divmod(7, 2))
}
