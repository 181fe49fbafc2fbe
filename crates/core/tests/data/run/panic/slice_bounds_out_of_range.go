// Checks the runtime error for slicing beyond a slice's capacity.
package main

import "fmt"

func main() {
	s := make([]byte, 2, 3)
	fmt.Println(len(s[:3]), "ok within capacity")
	hi := 5
	fmt.Println(s[1:hi])
}
