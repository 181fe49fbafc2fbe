// Checks context.WithTimeout: Done closes after the timeout and Err is DeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println("fast op:", slowOp(ctx, 10*time.Millisecond))
	err := slowOp(ctx, 200*time.Millisecond)
	fmt.Println("slow op:", err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok)
}
