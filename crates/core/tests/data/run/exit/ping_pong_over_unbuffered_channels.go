// Checks two goroutines passing a ball back and forth over unbuffered channels.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string) {
	for b := range in {
		b.hits++
		if b.hits == 6 {
			done <- fmt.Sprintf("%s ends the rally at %d hits", name, b.hits)
			return
		}
		out <- b
	}
}

func main() {
	ping, pong := make(chan *ball), make(chan *ball)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- new(ball)
	fmt.Println(<-done)
}
