// Checks how time.Duration values print and convert (computed durations only, no wall clock).
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1500 * time.Millisecond, 90 * time.Second, 2*time.Hour + 3*time.Minute,
		250 * time.Microsecond, 42 * time.Nanosecond, -5 * time.Second,
	}
	for _, d := range ds {
		fmt.Printf("%v %d %s\n", d, int64(d), d.String())
	}
	d := 3723 * time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), (1555 * time.Millisecond).Round(100*time.Millisecond))
	fmt.Printf("%T %v\n", d, time.Duration(1)*time.Minute/4)
}
