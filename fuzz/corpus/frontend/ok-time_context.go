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
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(time.Since(start) >= 10*time.Millisecond)

	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(2)*time.Minute)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := slowOp(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println(slowOp(ctx2, time.Second) == context.Canceled)

	ctx3 := context.WithValue(context.TODO(), "k", "v")
	fmt.Println(ctx3.Value("k"))

	timer := time.NewTimer(5 * time.Millisecond)
	<-timer.C
	ticker := time.NewTicker(time.Millisecond)
	<-ticker.C
	ticker.Stop()
	fmt.Println("timers fired")

	t := time.Date(2024, time.March, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(t.Format("2006-01-02"), t.Add(36*time.Hour).Weekday())
}
