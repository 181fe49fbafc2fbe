// Checks that os.Exit called in a goroutine ends the whole program while main is blocked.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("goroutine exits the program with 4")
		os.Exit(4)
	}()
	defer fmt.Println("main defer: never printed")
	select {}
}
