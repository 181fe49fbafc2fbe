//@ error: 7:8: empty rune literal or unescaped '
package main

import "fmt"

func main() {
	r := ''
	fmt.Println(r)
}
