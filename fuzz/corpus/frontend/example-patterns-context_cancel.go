// Context: stop a worker with WithCancel, give up with WithTimeout
// What to look for: cancel() closes ctx.Done() and the worker's select returns; the WithTimeout context expires before the slow operation.
package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, stopped chan<- string) {
	for step := 1; ; step++ {
		select {
		case <-ctx.Done():
			stopped <- fmt.Sprintf("worker stopped after %d steps: %v", step-1, ctx.Err())
			return
		case <-time.After(40 * time.Millisecond):
			fmt.Println("step", step)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan string)
	go worker(ctx, stopped)
	time.Sleep(100 * time.Millisecond) // steps at 40ms and 80ms
	cancel()
	fmt.Println(<-stopped)

	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	select {
	case <-time.After(200 * time.Millisecond):
		fmt.Println("slow operation finished")
	case <-ctx2.Done():
		fmt.Println("gave up:", ctx2.Err())
	}
}
