// A panic in the body of a range over a function unwinds through the iterator, whose
// deferred call runs first; the traceback names the body main.main-range1.
package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for i := range Count(3) {
		fmt.Println("at", i)
		if i == 1 {
			panic(fmt.Sprint("boom ", i))
		}
	}
}
