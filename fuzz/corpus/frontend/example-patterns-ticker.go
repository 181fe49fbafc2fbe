// Ticker: do something every 100ms until a deadline
// What to look for: ticker.C delivers a value every 100ms, and the select loop leaves when the 350ms deadline fires.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	deadline := time.After(350 * time.Millisecond)

	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
			fmt.Println("tick", ticks)
		case <-deadline:
			fmt.Println("done after", ticks, "ticks")
			return
		}
	}
}
