//@ error: 9:2: cannot assign to limit (neither addressable nor a map index expression)
package main

import "fmt"

const limit = 10

func main() {
	limit = 20
	fmt.Println(limit)
}
