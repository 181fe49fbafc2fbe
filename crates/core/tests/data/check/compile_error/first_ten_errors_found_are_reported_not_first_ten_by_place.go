//@ error: 12:2: invalid operation: cannot send to receive-only channel <-chan int in (variable of type <-chan int)
//@ errors: 11
package main

import (
	"fmt"
	"os"
	"sync"
)

func worker(in <-chan int, out chan<- int) {
	in <- 1
	v := <-out
	fmt.Println(v)
}

func f() (int, error) {
	return 1
}

func main() {
	var wg sync.WaitGroup
	x := 5
	ch := make(chan int)
	go worker(ch, ch)
	wg.Add()
	var mu sync.Mutex
	mu.lock()
	a, b := f()
	close(<-ch)
	for i := range 10 {
	}
	select {
	case v := <-ch, true:
	}
}
