// Checks contexts print their names as Go's do: roots, WithCancel, WithValue with keys shown by
// String, as strings or by type.
package main

import (
	"context"
	"fmt"
)

type key string

type name struct{}

func (name) String() string { return "name-key" }

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println(context.Background())
	fmt.Println(context.TODO())
	fmt.Println(ctx)
	fmt.Printf("%v\n", context.WithValue(ctx, "k", "v"))
	fmt.Println(context.WithValue(context.TODO(), key("req"), 17))
	fmt.Println(context.WithValue(ctx, name{}, nil))
	c2, cancel2 := context.WithCancelCause(ctx)
	defer cancel2(nil)
	fmt.Println(c2)
}
