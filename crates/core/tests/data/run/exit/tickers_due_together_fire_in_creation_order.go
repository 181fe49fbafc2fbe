// Checks two tickers due at the same instant fire in the order they were made, as in Go.
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.NewTicker(20 * time.Millisecond)
	b := time.NewTicker(40 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case <-a.C:
			fmt.Println("a")
		case <-b.C:
			fmt.Println("b")
		}
	}
}
