// Checks that a new goroutine does not run until main blocks on a channel receive.
package main

import "fmt"

func main() {
	var events []string
	done := make(chan bool)
	go func() {
		events = append(events, "goroutine runs")
		done <- true
	}()
	for i := 0; i < 3; i++ {
		events = append(events, fmt.Sprint("main step ", i))
	}
	<-done
	events = append(events, "main got done")
	for _, e := range events {
		fmt.Println(e)
	}
}
