// One million messages over an unbuffered channel.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 1000000; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
