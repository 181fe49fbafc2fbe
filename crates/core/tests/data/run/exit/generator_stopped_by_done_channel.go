// Checks a generator goroutine that stops cleanly when the consumer closes a done channel.
package main

import "fmt"

func count(done <-chan struct{}, stopped chan<- int) <-chan int {
	out := make(chan int)
	go func() {
		i := 0
		for {
			select {
			case out <- i:
				i++
			case <-done:
				stopped <- i
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	stopped := make(chan int)
	nums := count(done, stopped)
	for i := 0; i < 5; i++ {
		fmt.Println(<-nums)
	}
	close(done)
	fmt.Println("generator stopped at", <-stopped)
}
