// Checks that a closed channel is always ready in select and yields the zero value with ok false.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	work := make(chan int)
	for i := 0; i < 2; i++ {
		select {
		case _, ok := <-done:
			fmt.Println("done is ready, ok =", ok)
		case w := <-work:
			fmt.Println("work", w)
		}
	}
}
