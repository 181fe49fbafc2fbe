// Recursion without a base case: Go stops it with "fatal error: stack overflow" (exit 2)
// once the goroutine's stack passes 1GB. The simulator stops it at a million calls, so its
// memory stays bounded, with Go's message.
package main

import "fmt"

type node struct{ next *node }

func (n *node) length() int {
	return 1 + n.next.length()
}

func main() {
	n := &node{}
	n.next = n // a cycle
	fmt.Println("length:")
	fmt.Println(n.length())
}
