// Checks the runtime error when the low slice index exceeds the high one.
package main

import "fmt"

func main() {
	s := "hello"
	lo, hi := 4, 2
	fmt.Println(s[lo:])
	fmt.Println(s[lo:hi])
}
