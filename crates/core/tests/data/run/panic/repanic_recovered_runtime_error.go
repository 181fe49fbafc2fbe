// Checks the report when a recovered runtime error is raised again with panic(r).
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	var m map[string]int
	m["x"] = 1
}
