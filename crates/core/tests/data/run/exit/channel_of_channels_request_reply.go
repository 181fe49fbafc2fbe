// Checks a request/reply protocol where each request carries its own reply channel.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * 2
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		reply := make(chan int)
		reqs <- request{n: i, reply: reply}
		fmt.Println(i, "->", <-reply)
	}
	close(reqs)
	chans := make(chan chan string, 1)
	inner := make(chan string, 1)
	chans <- inner
	(<-chans) <- "through two channels"
	fmt.Println(<-inner)
}
