// Context corners: a deadline already passed is done at once; WithTimeoutCause and
// WithDeadlineCause report their cause once the deadline passes; a child whose parent is due
// sooner keeps the parent's deadline; WithoutCancel keeps values but never ends.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	past, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	select {
	case <-past.Done():
		fmt.Println("past deadline: done at once:", past.Err())
	default:
		fmt.Println("past deadline: not done")
	}
	zero, cancel0 := context.WithTimeout(context.Background(), 0)
	defer cancel0()
	fmt.Println("zero timeout:", zero.Err(), context.Cause(zero))

	slow := errors.New("backend too slow")
	ctx, cancel1 := context.WithTimeoutCause(context.Background(), 20*time.Millisecond, slow)
	defer cancel1()
	<-ctx.Done()
	fmt.Println("timeout cause:", ctx.Err(), "|", context.Cause(ctx))

	late := errors.New("late")
	at := time.Now().Add(10 * time.Millisecond)
	ctx2, cancel2 := context.WithDeadlineCause(context.Background(), at, late)
	cancel2()
	fmt.Println("cancelled before the deadline:", ctx2.Err(), "|", context.Cause(ctx2))

	parent, cancelP := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithTimeout(parent, time.Hour)
	defer cancelC()
	pd, _ := parent.Deadline()
	cd, ok := child.Deadline()
	fmt.Println("child keeps the sooner deadline:", ok, cd.Equal(pd))

	base, cancelB := context.WithCancel(context.WithValue(context.Background(), key("user"), "gopher"))
	detached := context.WithoutCancel(base)
	cancelB()
	fmt.Println("base:", base.Err(), "detached:", detached.Err(), detached.Done() == nil)
	fmt.Println("detached value:", detached.Value(key("user")))
	fmt.Println(detached)
	_, hasDeadline := detached.Deadline()
	fmt.Println("detached deadline:", hasDeadline)
	sub, cancelS := context.WithTimeout(detached, 5*time.Millisecond)
	defer cancelS()
	<-sub.Done()
	fmt.Println("a child of the detached context still times out:", sub.Err())
}
