//@ error: 9:3: break is not in a loop, switch, or select
package main

import "fmt"

func main() {
	x := 3
	if x > 2 {
		break
	}
	fmt.Println(x)
}
