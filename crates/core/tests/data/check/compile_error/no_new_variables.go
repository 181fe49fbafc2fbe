//@ error: 8:4: no new variables on left side of :=
package main

import "fmt"

func main() {
	x := 1
	x := 2
	fmt.Println(x)
}
