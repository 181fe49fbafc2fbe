// Checks that receiving on a channel no goroutine will ever send to is a deadlock.
package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		fmt.Println("goroutine exits without sending")
	}()
	fmt.Println(<-ch)
}
