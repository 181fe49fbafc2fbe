// A sleep orders nothing for the race detector: the write and the read race.
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	go func() {
		x = 1
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(x)
}
