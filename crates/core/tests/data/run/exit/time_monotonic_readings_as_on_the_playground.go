// Times from time.Now carry Go's monotonic reading (m=+…, as on the Playground); Add keeps it,
// Round(0), Truncate(0), UTC and In strip it; tickers, time.After and WithTimeout deadlines have it.
//@ playground: prints times, which only the Playground's virtual clock makes the same at every run
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	time.Sleep(1500 * time.Millisecond)
	now := time.Now()
	fmt.Println(now, now.Sub(start))
	fmt.Println(start.Add(time.Second), start.Add(-2*time.Second))
	fmt.Println(now.Round(0), now.Truncate(0), now.UTC(), now.In(time.UTC))
	fmt.Println(now.Round(time.Second), now.Truncate(time.Second))
	d := time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC)
	fmt.Println(d, d.Add(time.Hour), start == start.Round(0), start.Equal(start.Round(0)))
	fmt.Printf("%v|%s|%d\n", start, now.String(), now.Nanosecond())
	tk := time.NewTicker(250 * time.Millisecond)
	fmt.Println(<-tk.C)
	tk.Stop()
	fmt.Println(<-time.After(time.Second))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	fmt.Println(ctx)
	dl, ok := ctx.Deadline()
	fmt.Println(dl, ok)
	ctx2, cancel2 := context.WithDeadline(ctx, d)
	defer cancel2()
	fmt.Println(ctx2)
	ctx3, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(5*time.Second))
	defer cancel3()
	fmt.Println(ctx3)
	ctx4, cancel4 := context.WithTimeout(ctx, time.Hour)
	defer cancel4()
	dl4, ok4 := ctx4.Deadline()
	fmt.Println(ctx4, dl4, ok4)
	bd, bok := context.Background().Deadline()
	fmt.Println(bd, bok, bd.IsZero())
	fmt.Println(time.Since(start), time.Until(now.Add(time.Minute)))
}
