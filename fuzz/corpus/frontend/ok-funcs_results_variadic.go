package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func sum(prefix string, nums ...int) string {
	total := 0
	for _, n := range nums {
		total += n
	}
	return fmt.Sprint(prefix, total)
}

func apply(f func(int) int, v int) int { return f(v) }

func double(n int) int { return n * 2 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(sum("total: "))
	fmt.Println(sum("total: ", 1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum("total: ", nums...))
	fmt.Println(apply(double, 21))
	fmt.Println(func(a, b int) int { return a * b }(6, 7))
}
