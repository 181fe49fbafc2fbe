// Checks the bug of passing a WaitGroup by value: Done hits a copy so Wait never returns (go vet's copylocks flags this on purpose).
package main

import (
	"fmt"
	"sync"
)

func work(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("work", id)
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go work(i, wg)
	}
	wg.Wait()
}
