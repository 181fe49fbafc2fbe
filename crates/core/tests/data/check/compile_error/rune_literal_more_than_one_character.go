//@ error: 7:7: more than one character in rune literal
package main

import "fmt"

func main() {
	r := 'ab'
	fmt.Println(r)
}
