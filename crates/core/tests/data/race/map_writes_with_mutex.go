// The map writes under a mutex: no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	status := map[string]int{}
	for _, url := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			mu.Lock()
			status[url] = 200
			mu.Unlock()
		}(url)
	}
	wg.Wait()
	fmt.Println(len(status))
}
