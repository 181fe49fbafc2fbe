// Checks the runtime error for using a slice as a key of a map with interface keys.
package main

import "fmt"

func main() {
	seen := map[any]bool{}
	seen[1] = true
	seen["two"] = true
	fmt.Println(len(seen))
	var key any = []int{3}
	seen[key] = true
}
