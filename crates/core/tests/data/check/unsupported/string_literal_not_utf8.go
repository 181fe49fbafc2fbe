//@ unsupported: 8:7: unsupported: string literals that are not valid UTF-8
package main

import "fmt"

func main() {
	// Go strings may hold any bytes; the simulator's are UTF-8 text.
	s := "\xff\x80a"
	fmt.Println(len(s), s[0])
}
