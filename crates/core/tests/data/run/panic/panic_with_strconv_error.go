// Checks a must-style helper that panics with the error returned by strconv.Atoi.
package main

import (
	"fmt"
	"strconv"
)

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(mustAtoi("17") + mustAtoi("25"))
	fmt.Println(mustAtoi("4x2"))
}
