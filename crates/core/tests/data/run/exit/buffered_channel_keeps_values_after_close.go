// Checks that values buffered before close are still delivered, then ok becomes false.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("%d: %q %t\n", i, v, ok)
	}
}
