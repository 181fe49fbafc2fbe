// A microsecond ticker left unread while main sleeps two seconds: the channel keeps its first
// tick, and the run does not fire the two million ticks in between one by one.
//@ playground: prints times, which only the Playground's virtual clock makes the same at every run
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(time.Microsecond)
	defer ticker.Stop()
	time.Sleep(2 * time.Second)
	t := <-ticker.C
	fmt.Println("first tick after", t.Sub(start))
	t = <-ticker.C
	fmt.Println("next tick after more than 2s:", t.Sub(start) > 2*time.Second)
	fmt.Println("slept", time.Since(start).Round(time.Second))
}
