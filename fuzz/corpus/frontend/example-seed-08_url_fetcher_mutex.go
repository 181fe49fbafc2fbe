// Mutex: guard the respStatus map with Lock/Unlock
// What to look for: only one goroutine at a time holds mu around the map write; the others wait on Lock, and the data race is gone.
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
	var mu sync.Mutex

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
			mu.Lock()
			respStatus[url] = resp.StatusCode
			mu.Unlock()
		}(url)
	}

	wg.Wait()

	for url, status := range respStatus {
		fmt.Printf("%s: %d\n", url, status)
	}
}
