// Checks that time.NewTicker panics when given a zero interval.
package main

import (
	"fmt"
	"time"
)

func main() {
	var interval time.Duration
	fmt.Println("creating a ticker with interval", interval)
	t := time.NewTicker(interval)
	defer t.Stop()
}
