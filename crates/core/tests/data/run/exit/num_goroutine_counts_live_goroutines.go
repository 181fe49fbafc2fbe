// Checks runtime.NumGoroutine before, while and after goroutines run.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	fmt.Println("started:", runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("all blocked:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	runtime.Gosched()
	fmt.Println("after wait:", runtime.NumGoroutine())
}
