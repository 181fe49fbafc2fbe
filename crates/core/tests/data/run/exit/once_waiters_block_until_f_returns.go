// Checks sync.Once when f blocks: concurrent callers wait for f to finish, in Go's order, and a panicking f still counts as done.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				fmt.Println("f starts in", i)
				time.Sleep(10 * time.Millisecond)
				fmt.Println("f ends")
			})
			fmt.Println("Do returned in", i)
		}()
	}
	wg.Wait()

	var bad sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad.Do(func() { panic("f failed") })
	}()
	bad.Do(func() { fmt.Println("not called again") })
	fmt.Println("second Do returned")

	ch := make(chan int)
	var viaChan sync.Once
	go func() { ch <- 42 }()
	viaChan.Do(func() { fmt.Println("f received", <-ch) })
}
