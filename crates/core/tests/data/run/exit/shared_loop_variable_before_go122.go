//go:build go1.21

// Checks pre-Go 1.22 semantics: one shared loop variable, so every goroutine prints the last value (go vet flags this capture on purpose).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("i =", i)
		}()
	}
	wg.Wait()
	var fs []func() int
	for j := 0; j < 3; j++ {
		fs = append(fs, func() int { return j })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
}
