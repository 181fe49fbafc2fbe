// Checks non-blocking channel operations written as select with default.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 1)
	fmt.Println(trySend(ch, 1), trySend(ch, 2))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
}
