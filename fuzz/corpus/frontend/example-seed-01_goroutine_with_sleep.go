// Goroutine with time.Sleep: main gives printer time to run
// What to look for: main forks printer with `go`, then sleeps at line 16, so "hello concurrency" prints before "End".
package main

import (
	"fmt"
	"time"
)

func printer(msg string) {
	fmt.Println(msg)
}

func main() {
	go printer("hello concurrency")
	time.Sleep(1 * time.Second)
	fmt.Println("End")
}
