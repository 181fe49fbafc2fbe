//@ error: 7:13: invalid character U+0040 '@'
package main

import "fmt"

func main() {
	total := 3 @ 4
	fmt.Println(total)
}
