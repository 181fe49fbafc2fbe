// Checks joining several goroutines by counting completions on a done channel, in scheduler order.
package main

import "fmt"

func main() {
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func() {
			done <- i * 10
		}()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		v := <-done
		fmt.Println("joined", v)
		sum += v
	}
	fmt.Println("sum", sum)
}
