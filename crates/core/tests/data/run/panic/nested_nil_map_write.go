// Checks that writing into a missing inner map of a map of maps panics (the inner map is nil).
package main

import "fmt"

func main() {
	graph := map[string]map[string]int{}
	graph["a"] = map[string]int{"b": 1}
	graph["a"]["c"] = 2
	fmt.Println(graph)
	graph["x"]["y"] = 3
}
