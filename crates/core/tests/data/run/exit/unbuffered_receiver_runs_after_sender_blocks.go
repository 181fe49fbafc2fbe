// Checks the handoff order: a woken receiver runs only after the sender blocks again.
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ch {
			fmt.Println("received", v)
		}
		close(done)
	}()
	for i := 1; i <= 3; i++ {
		ch <- i
		fmt.Println("sent", i)
	}
	close(ch)
	<-done
}
