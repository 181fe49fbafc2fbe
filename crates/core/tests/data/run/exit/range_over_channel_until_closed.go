// Checks that range over a channel receives every value and stops when the channel is closed.
package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	total := 0
	for v := range produce(5) {
		fmt.Println("got", v)
		total += v
	}
	fmt.Println("total", total)
}
