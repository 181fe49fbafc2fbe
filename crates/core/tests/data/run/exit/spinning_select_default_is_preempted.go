// Checks a goroutine spinning on a select with default is preempted, so the sender it waits for runs.
package main

import "fmt"

func main() {
	fmt.Println("start")
	ch := make(chan int)
	go func() { ch <- 1 }()
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
			return
		default:
		}
	}
}
