// Checks that deferred calls run last-in first-out and their arguments are evaluated at defer time.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 20
	fmt.Println("body done, x =", x)
}
