package main

import "fmt"

func produce(n int, out chan<- int) {
	defer close(out)
	for i := 1; i <= n; i++ {
		out <- i
	}
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func sink(in <-chan int) int {
	total := 0
	for v := range in {
		total += v
	}
	return total
}

func makeStream() (<-chan string, chan<- string) {
	ch := make(chan string, 1)
	return ch, ch
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(4, a)
	go double(a, b)
	fmt.Println(sink(b))

	recv, send := makeStream()
	send <- "hello"
	fmt.Println(<-recv)

	var bidi chan int = make(chan int, 1)
	var ro <-chan int = bidi
	var so chan<- int = bidi
	so <- 5
	v, ok := <-ro
	fmt.Println(v, ok, len(bidi), cap(bidi))

	chans := []chan<- bool{make(chan bool, 1)}
	chans[0] <- true
	var nilCh chan int
	fmt.Println(nilCh == nil)
}
