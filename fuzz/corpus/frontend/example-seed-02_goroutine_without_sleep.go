// Goroutine without time.Sleep: main exits before printer runs
// What to look for: the side branch is forked but never scheduled; main prints "End" and the program ends without "hello concurrency".
package main

import "fmt"

func printer(msg string) {
	fmt.Println(msg)
}

func main() {
	go printer("hello concurrency")
	fmt.Println("End")
}
