// Since Go 1.23 a timer's channel is synchronous: a timer that fired while nobody received
// still counts as active for Stop and Reset, and no stale time is received after them.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("len, cap:", len(t.C), cap(t.C))
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop after expiry:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no value")
	}

	t.Reset(10 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reset after expiry:", t.Reset(50*time.Millisecond))
	<-t.C
	fmt.Println("waited the new duration:", time.Since(start) >= 90*time.Millisecond)
	fmt.Println("stop after receive:", t.Stop())

	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(15 * time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no tick after Stop")
	}
	tk.Reset(30 * time.Millisecond)
	time.Sleep(35 * time.Millisecond)
	tk.Reset(100 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no tick after Reset")
	}
	<-tk.C
	fmt.Println("next tick 100ms after the Reset:", time.Since(start) >= 240*time.Millisecond)
}
