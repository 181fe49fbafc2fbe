// Checks time.Since and Sub across sleeps, printing only truncated durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(200 * time.Millisecond)
	mid := time.Now()
	fmt.Println("first:", time.Since(start).Truncate(100*time.Millisecond))
	time.Sleep(300 * time.Millisecond)
	fmt.Println("second:", time.Since(mid).Truncate(100*time.Millisecond))
	fmt.Println("total:", time.Now().Sub(start).Truncate(100*time.Millisecond))
	fmt.Println("mid after start:", mid.After(start), "start before mid:", start.Before(mid))
}
