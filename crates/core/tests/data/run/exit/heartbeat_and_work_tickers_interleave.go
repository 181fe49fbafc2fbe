// Checks a heartbeat ticker and a slower work ticker interleave as in Go.
//@ playground: with real timers Go prints another order about one run in fifteen
package main

import (
	"fmt"
	"time"
)

func main() {
	hb := make(chan int)
	go func() {
		p := time.NewTicker(20 * time.Millisecond)
		w := time.NewTicker(40 * time.Millisecond)
		for i := 0; i < 6; i++ {
			select {
			case <-p.C:
				select {
				case hb <- i:
				default:
					fmt.Println("dropped", i)
				}
			case <-w.C:
				fmt.Println("work", i)
			}
		}
		close(hb)
	}()
	for v := range hb {
		fmt.Println("beat", v)
	}
}
