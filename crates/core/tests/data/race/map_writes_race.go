// Goroutines write one map without a lock (the blog's gotcha #2): a map is one location.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	status := map[string]int{}
	for _, url := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			status[url] = 200
		}(url)
	}
	wg.Wait()
	fmt.Println(len(status))
}
