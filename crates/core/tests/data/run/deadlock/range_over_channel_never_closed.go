// Checks that ranging over a channel the producer forgot to close deadlocks after the last value.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("never printed")
}
