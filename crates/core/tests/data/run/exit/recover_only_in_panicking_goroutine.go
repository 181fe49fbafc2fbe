// Checks that a goroutine recovers its own panic and the program continues normally.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, errs chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			errs <- fmt.Sprintf("worker %d: %v", id, r)
		}
	}()
	if id == 2 {
		var arr []int
		_ = arr[id]
	}
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg, errs)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		fmt.Println(e)
	}
	fmt.Println("main survives")
}
