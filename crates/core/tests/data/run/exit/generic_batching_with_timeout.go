// A generic batcher: flush after N items or when time.After fires first (virtual time decides, as Go's clock).
package main

import (
	"fmt"
	"strings"
	"time"
)

type Chunk[T any] struct {
	Items  []T
	Reason string
}

func Batch[T any](in <-chan T, size int, wait time.Duration) <-chan Chunk[T] {
	out := make(chan Chunk[T])
	go func() {
		defer close(out)
		var buf []T
		var timer <-chan time.Time
		flush := func(reason string) {
			if len(buf) > 0 {
				out <- Chunk[T]{buf, reason}
				buf = nil
			}
			timer = nil
		}
		for {
			select {
			case v, ok := <-in:
				if !ok {
					flush("close")
					return
				}
				if len(buf) == 0 {
					timer = time.After(wait)
				}
				buf = append(buf, v)
				if len(buf) == size {
					flush("full")
				}
			case <-timer:
				flush("timeout")
			}
		}
	}()
	return out
}

func main() {
	in := make(chan string)
	go func() {
		defer close(in)
		for i, w := range strings.Fields("a b c d e f g h") {
			in <- w
			if i == 4 {
				time.Sleep(50 * time.Millisecond)
			}
		}
	}()
	for c := range Batch(in, 3, 20*time.Millisecond) {
		fmt.Printf("%-7s %q len=%d\n", c.Reason, c.Items, len(c.Items))
	}
	nums := make(chan int, 10)
	for i := range 7 {
		nums <- i * 11
	}
	close(nums)
	for c := range Batch(nums, 4, time.Second) {
		fmt.Printf("%+v %T\n", c, c)
	}
}
