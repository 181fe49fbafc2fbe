// 300,000 hand-offs over an unbuffered channel: about 1.2 million steps (long-run tests
// and the UI performance script).
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 300000; i++ {
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
