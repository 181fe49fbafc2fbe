// A write through a pointer in one goroutine and a read by name in another: the variable's
// address was taken, so both touch the same memory.
package main

import (
	"fmt"
	"time"
)

func set(p *int) {
	*p = 42
}

func main() {
	x := 0
	go set(&x)
	time.Sleep(time.Millisecond)
	fmt.Println(x)
}
