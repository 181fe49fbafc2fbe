// Goroutines that Sscanf into variables of their own, then hand the values over a channel,
// do not race.
package main

import "fmt"

func main() {
	lines := []string{"a=1", "b=2", "c=3"}
	sums := make(chan int)
	for _, line := range lines {
		go func() {
			var name string
			var v int
			fmt.Sscanf(line, "%1s=%d", &name, &v)
			sums <- v
		}()
	}
	total := 0
	for range lines {
		total += <-sums
	}
	fmt.Println(total)
}
