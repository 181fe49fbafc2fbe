// Checks that a goroutine keeps a token passed through a buffered channel of size 1 until it blocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	token := make(chan int, 1)
	log := make(chan string, 10)
	var wg sync.WaitGroup
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				n := <-token
				log <- fmt.Sprintf("%s takes %d", name, n)
				token <- n + 1
			}
		}()
	}
	token <- 0
	wg.Wait()
	close(log)
	for l := range log {
		fmt.Println(l)
	}
	fmt.Println("final token", <-token)
}
