// Checks that time.After delivers a single value on its channel after the duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ch := time.After(30 * time.Millisecond)
	fmt.Println("waiting")
	t := <-ch
	fmt.Println("fired, not before start:", !t.Before(start))
	fmt.Println("elapsed >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	select {
	case <-ch:
		fmt.Println("fired twice")
	default:
		fmt.Println("no second value")
	}
}
