// Checks context.WithCancel: cancel closes Done for the worker and Err reports context.Canceled.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-ctx.Done():
				stopped <- n
				return
			case <-time.After(40 * time.Millisecond):
				n++
			}
		}
	}()
	fmt.Println("err before cancel:", ctx.Err())
	time.Sleep(140 * time.Millisecond)
	cancel()
	fmt.Println("worker iterations:", <-stopped)
	fmt.Println("err after cancel:", ctx.Err())
	fmt.Println("is Canceled:", ctx.Err() == context.Canceled)
	cancel()
}
