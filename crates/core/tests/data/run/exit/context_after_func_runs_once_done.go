// context.AfterFunc: f runs in a goroutine of its own once the context is done (at once if
// it already is), including when a parent is cancelled or a deadline passes; stop reports
// whether it kept f from running.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(context.Background())
	wg.Add(1)
	stop := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("cleanup after cancel:", ctx.Err())
	})
	cancel()
	wg.Wait()
	fmt.Println("stop after it ran:", stop())

	// Stopped before the cancel: f never runs.
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never printed") })
	fmt.Println("stop before cancel:", stop2(), stop2())
	cancel2()

	// Already cancelled: f starts at once.
	wg.Add(1)
	context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("registered on a done context")
	})
	wg.Wait()

	// Through a parent, and through a deadline.
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	wg.Add(2)
	context.AfterFunc(child, func() {
		defer wg.Done()
		fmt.Println("child done:", child.Err())
	})
	tctx, cancelT := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelT()
	context.AfterFunc(tctx, func() {
		defer wg.Done()
		fmt.Println("deadline passed:", tctx.Err())
		cancelParent()
	})
	wg.Wait()
	fmt.Println("main done")
}
