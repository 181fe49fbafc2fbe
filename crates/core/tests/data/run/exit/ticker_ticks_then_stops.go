// Checks time.NewTicker delivering regular ticks until Stop is called.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	start := time.Now()
	for i := 1; i <= 3; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()
	fmt.Println("at least 60ms:", time.Since(start) >= 60*time.Millisecond)
	select {
	case <-ticker.C:
		fmt.Println("tick after stop")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no tick after stop")
	}
}
