// Checks labeled break and continue in nested loops and break out of a switch/select inside a loop.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
loop:
	for {
		select {
		case v := <-ch:
			switch {
			case v == 3:
				break loop
			case v%2 == 0:
				fmt.Println("even", v)
			}
		}
	}
	fmt.Println("left", len(ch))
}
