// A loop made of a label and a backward goto.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println(i)
}
