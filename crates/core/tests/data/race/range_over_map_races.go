// Iterating a map reads all of it: a concurrent insert races with the loop.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{1: 1}
	go func() {
		m[2] = 2
	}()
	time.Sleep(time.Millisecond)
	total := 0
	for k := range m {
		total += k
	}
	fmt.Println(total)
}
