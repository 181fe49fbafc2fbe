// URL fetcher with channels: share memory by communicating
// What to look for: one goroutine per url sends an HttpResult on urlChan, collect receives and prints them, and the WaitGroup lets main move on.
package main

import (
	"fmt"
	"net/http"
	"sync"
)

type HttpResult struct {
	Url        string
	StatusCode int
	Err        error
}

func main() {
	urls := []string{
		"https://go.dev",
		"https://pkg.go.dev",
		"https://go.dev/blog",
		"https://github.com",
	}
	var wg sync.WaitGroup

	// 1. an unbuffered channel which we send and receive messages on
	urlChan := make(chan HttpResult)

	// 2. start receiving in a goroutine, since sending without a receiver would block
	go collect(urlChan, &wg)

	// 3. start a new goroutine for each url, making all http gets concurrently
	for _, url := range urls {
		wg.Add(1)
		go makeRequest(url, urlChan)
	}

	// 6. move on when all urls are processed
	wg.Wait()
	close(urlChan)
}

// 4. makeRequest performs the http get and sends its result to the receiver
func makeRequest(url string, urlChan chan<- HttpResult) {
	resp, err := http.Get(url)
	if err != nil {
		urlChan <- HttpResult{Url: url, Err: err}
		return
	}
	defer resp.Body.Close()
	urlChan <- HttpResult{Url: url, StatusCode: resp.StatusCode}
}

// 5. collect prints each HttpResult as it arrives on the channel; it marks a
// url as processed only after printing, so wg.Wait() cannot return too early
func collect(urlChan <-chan HttpResult, wg *sync.WaitGroup) {
	for result := range urlChan {
		if result.Err != nil {
			fmt.Printf("%s: error: %v\n", result.Url, result.Err)
		} else {
			fmt.Printf("%s: %d\n", result.Url, result.StatusCode)
		}
		wg.Done()
	}
}
