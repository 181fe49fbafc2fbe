// Checks that receiving from a closed, drained channel returns the zero value immediately, with ok false.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	ints := make(chan int, 1)
	ints <- 7
	close(ints)
	v, ok := <-ints
	fmt.Println(v, ok)
	v, ok = <-ints
	fmt.Println(v, ok)
	fmt.Println(<-ints)
	strs := make(chan string)
	close(strs)
	s, ok := <-strs
	fmt.Printf("%q %v\n", s, ok)
	pts := make(chan point)
	close(pts)
	fmt.Printf("%+v\n", <-pts)
}
