// Checks the runtime error for dereferencing a nil struct pointer.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	list := &node{1, &node{2, nil}}
	for n := list; ; n = n.next {
		fmt.Println("value", n.val)
	}
}
