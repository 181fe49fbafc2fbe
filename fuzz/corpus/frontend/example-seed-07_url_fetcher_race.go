// Concurrency gotcha #2: concurrent http gets write one map (data race)
// What to look for: several goroutines write respStatus at the same time with no lock; go run -race reports "Found 1 data race(s)".
package main

import (
	"fmt"
	"net/http"
	"sync"
)

func main() {
	urls := []string{
		"https://go.dev",
		"https://pkg.go.dev",
		"https://go.dev/blog",
		"https://github.com",
	}
	respStatus := make(map[string]int)

	var wg sync.WaitGroup

	for _, url := range urls {
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			resp, err := http.Get(url)
			if err != nil {
				fmt.Println(fmt.Errorf("url was error: %v", err))
				return
			}
			defer resp.Body.Close()
			// unsafe: maps are not safe for concurrent writes
			respStatus[url] = resp.StatusCode
		}(url)
	}

	wg.Wait()

	for url, status := range respStatus {
		fmt.Printf("%s: %d\n", url, status)
	}
}
