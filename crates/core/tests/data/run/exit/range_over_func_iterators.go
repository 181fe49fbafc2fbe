// Ranges over function iterators (Go 1.23): break, continue, return from inside the body
// (with values and bare), labeled break and continue to outer loops, assignment to existing
// variables, a switch inside the body, and the iterator's own code after yield returns false.
package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func Forever(yield func() bool) {
	for yield() {
	}
}

func find(xs []string, want string) (idx int, ok bool) {
	for i, x := range Pairs(xs) {
		if x == want {
			return i, true
		}
	}
	return -1, false
}

func named(xs []string) (n int) {
	for range Pairs(xs) {
		n++
		if n == 2 {
			return
		}
	}
	return 100
}

func firstLong(xs []string) string {
	for _, s := range Pairs(xs) {
		for i := range Count(len(s)) {
			if i >= 3 {
				return s
			}
		}
	}
	return "none"
}

func main() {
	for i := range Count(5) {
		if i == 1 {
			continue
		}
		if i == 3 {
			break
		}
		fmt.Println("got", i)
	}
	fmt.Println(find([]string{"a", "b", "c"}, "b"))
	fmt.Println(find([]string{"a"}, "z"))
	fmt.Println(named([]string{"a", "b", "c"}))
	fmt.Println(firstLong([]string{"go", "gopher", "x"}))
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	sum := 0
	var last int
	for last = range Count(4) {
		sum += last
	}
	fmt.Println(sum, last)
	for i := range Count(3) {
		switch i {
		case 0:
			continue
		case 2:
			break
		}
		fmt.Println("after switch", i)
	}
	n := 0
	for range Forever {
		n++
		if n == 5 {
			break
		}
	}
	fmt.Println("forever stopped after", n)
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
