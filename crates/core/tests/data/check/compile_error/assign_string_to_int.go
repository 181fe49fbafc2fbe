//@ error: 8:10: cannot use "three" (untyped string constant) as int value in assignment
package main

import "fmt"

func main() {
	var count int
	count = "three"
	fmt.Println(count)
}
