package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 && n < 100 || n == 1000 {
		return "even"
	}
	return "other"
}

func main() {
	for _, n := range []int{-5, 0, 4, 7, 1000} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err)
	}
	ok := !(1 > 2)
	if ok {
		fmt.Println("ok")
	}
}
