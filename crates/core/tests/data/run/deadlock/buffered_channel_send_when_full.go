// Checks that a send on a full buffered channel with no receiver deadlocks after filling the buffer.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("sending", i, "len", len(ch))
		ch <- i
	}
}
