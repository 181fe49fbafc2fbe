// Checks that ranging over a stopped ticker's channel blocks forever once the ticks stop.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		fmt.Println("tick", n)
		if n == 2 {
			ticker.Stop()
		}
	}
}
