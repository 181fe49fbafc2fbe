// A slice of an array field is that field's memory: writing s[1] and b.data[1] from two
// goroutines races, while s[2] and b.data[1] are different elements and do not.
package main

import (
	"fmt"
	"sync"
)

type buf struct{ data [4]int }

func main() {
	var b buf
	s := b.data[:]
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); s[1] = 1 }()
	go func() { defer wg.Done(); b.data[1] = 2 }()
	go func() { defer wg.Done(); s[2] = 3 }()
	wg.Wait()
	fmt.Println(b.data[2])
}
