// Checks re-panicking the recovered value: Go prints "[recovered, repanicked]" on the first line.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, "- panicking again")
		panic(r)
	}()
	panic("disk full")
}
