// Checks that waiting on Done of a context that nobody cancels deadlocks.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println("waiting for cancellation that never comes")
	<-ctx.Done()
}
