// Checks that writing to a nil map panics while reading from it is fine.
package main

import "fmt"

type registry struct {
	items map[string]int
}

func main() {
	var r registry
	fmt.Println("read from nil map:", r.items["x"], len(r.items))
	r.items["x"] = 1
}
