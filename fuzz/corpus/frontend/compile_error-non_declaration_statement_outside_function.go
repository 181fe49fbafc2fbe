//@ error: 6:1: syntax error: non-declaration statement outside function body
package main

import "fmt"

x := 1

func main() {
	fmt.Println(x)
}
