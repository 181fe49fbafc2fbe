// Checks len and cap of unbuffered, buffered and nil channels as items are added and removed.
package main

import "fmt"

func main() {
	var nilCh chan int
	unbuf := make(chan int)
	buf := make(chan string, 4)
	fmt.Println(len(nilCh), cap(nilCh), len(unbuf), cap(unbuf))
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	<-buf
	fmt.Println(len(buf), cap(buf))
	close(buf)
	fmt.Println(len(buf), cap(buf))
	<-buf
	fmt.Println(len(buf), cap(buf))
}
