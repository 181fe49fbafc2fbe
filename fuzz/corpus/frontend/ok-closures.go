package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		fs = append(fs, func(x int) int { return x + i })
	}
	return fs
}

func main() {
	next := counter()
	fmt.Println(next(), next(), next())

	for _, f := range adders() {
		fmt.Print(f(10), " ")
	}
	fmt.Println()

	total := 0
	add := func(v int) { total += v }
	add(5)
	add(7)
	fmt.Println("total:", total)

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(10))
}
