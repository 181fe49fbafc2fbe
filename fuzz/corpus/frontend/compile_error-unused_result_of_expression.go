//@ error: 8:2: x + 1 (value of type int) is not used
package main

import "fmt"

func main() {
	x := 2
	x + 1
	fmt.Println(x)
}
