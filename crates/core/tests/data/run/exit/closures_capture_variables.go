// Checks closures that capture and update variables: counters, generators and shared state.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	fmt.Println(x)
	apply := func(fn func(int) int, v int) int { return fn(v) }
	fmt.Println(apply(func(v int) int { return v * x }, 2))
}
