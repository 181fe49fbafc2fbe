// Checks that deriving a context from a nil parent panics.
package main

import (
	"context"
	"fmt"
)

func main() {
	var parent context.Context
	fmt.Println("parent is nil:", parent == nil)
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	fmt.Println(ctx)
}
