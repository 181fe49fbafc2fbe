package main

import (
	"errors"
	"fmt"
)

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("deferred: ")
}

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func tripleResult() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n
}

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative"))
	}
	return n
}

func main() {
	deferOrder()
	fmt.Println()
	fmt.Println(safeDivide(6, 3))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(tripleResult())
	func() {
		defer func() {
			fmt.Println("caught:", recover())
		}()
		mustPositive(-1)
	}()
	defer fmt.Println("main done")
	fmt.Println(mustPositive(4))
}
