// copy reads the source's elements: copying while a goroutine writes s[1] is a race.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := make([]int, 3)
	go func() {
		s[1] = 7
	}()
	time.Sleep(time.Millisecond)
	d := make([]int, 3)
	copy(d, s)
	fmt.Println(d)
}
