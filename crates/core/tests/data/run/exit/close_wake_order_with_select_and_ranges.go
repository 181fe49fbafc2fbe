// Checks the order in which close resumes many blocked goroutines: plain receives, selects and range loops mixed, and a context's Done.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan struct{})
	never := make(chan int)
	var mu sync.Mutex
	order := []string{}
	note := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for i := 1; i <= 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch i % 3 {
			case 0:
				<-done
				note(fmt.Sprint("recv ", i))
			case 1:
				select {
				case <-done:
					note(fmt.Sprint("select ", i))
				case <-never:
				}
			default:
				for range done {
				}
				note(fmt.Sprint("range ", i))
			}
		}()
	}
	time.Sleep(time.Millisecond)
	close(done)
	wg.Wait()
	fmt.Println(order)

	ctx, cancel := context.WithCancel(context.Background())
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			fmt.Println("cancelled", i)
		}()
	}
	time.Sleep(time.Millisecond)
	cancel()
	wg.Wait()
}
