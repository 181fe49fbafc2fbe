// Checks context.WithValue lookups through a chain of derived contexts and a cancelled child.
package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	root := context.WithValue(context.Background(), key("user"), "ada")
	child := context.WithValue(root, key("request"), 7)
	ctx, cancel := context.WithCancel(child)
	fmt.Println(ctx.Value(key("user")), ctx.Value(key("request")), ctx.Value(key("missing")))
	fmt.Println(root.Value(key("request")))
	cancel()
	<-ctx.Done()
	fmt.Println("after cancel:", ctx.Value(key("user")), ctx.Err(), child.Err())
}
