// A range loop reads each element it hands out: summing the slice while a goroutine may
// still write s[2] is a race.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := make([]int, 3)
	go func() {
		s[2] = 7
	}()
	time.Sleep(time.Millisecond)
	total := 0
	for _, v := range s {
		total += v
	}
	fmt.Println(total)
}
