//@ error: 7:19: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
package main

import "fmt"

func main() {
	var small int8 = 300
	fmt.Println(small)
}
