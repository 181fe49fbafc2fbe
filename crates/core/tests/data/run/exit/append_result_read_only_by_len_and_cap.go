// An append whose result only len or cap reads gets Go's stack buffer, once per call of the
// function: in a loop only the first time; a spread append or a longer one goes to the heap.
package main

import "fmt"

func f() int { return cap(append([]int{}, 1)) }

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(cap(append([]int{}, 1, 2, 3)), len(append([]int{}, 1, 2, 3, 4, 5)))
	}
	fmt.Println(f(), f())
	var s []int
	fmt.Println(cap(append(s, 1)), cap(append(s[:0], 1, 2)))
	fmt.Println(cap(append([]int(nil), 1, 2, 3, 4, 5)))
	fmt.Println(cap(append(make([]int, 0, 1), 1, 2)))
	fmt.Println(cap(append([]byte{}, "hello"...)), cap(append([]byte{}, 'h', 'i')))
	n := cap(append([]int32{}, 1, 2, 3))
	fmt.Println(n, len(s))
}
