// Checks context.WithDeadline and that cancelling a parent cancels its child contexts.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	deadline := time.Now().Add(40 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	d, ok := ctx.Deadline()
	fmt.Println("deadline kept:", ok, d.Equal(deadline))
	<-ctx.Done()
	fmt.Println("deadline ctx:", ctx.Err())

	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	cancelParent()
	<-child.Done()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())
	fmt.Println("background:", context.Background().Err(), context.Background().Done() == nil)
}
