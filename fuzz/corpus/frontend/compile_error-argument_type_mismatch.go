//@ error: 15:7: cannot use delay (variable of type float64) as int value in argument to wait
package main

import (
	"fmt"
	"time"
)

func wait(n int) {
	time.Sleep(time.Duration(n) * time.Millisecond)
}

func main() {
	delay := 2.5
	wait(delay)
	fmt.Println("done")
}
