// Checks time.Tick driving a loop alongside a worker that sleeps between results.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan string)
	go func() {
		time.Sleep(125 * time.Millisecond)
		results <- "work finished"
	}()
	tick := time.Tick(50 * time.Millisecond)
	for {
		select {
		case <-tick:
			fmt.Println("still waiting")
		case r := <-results:
			fmt.Println(r)
			return
		}
	}
}
