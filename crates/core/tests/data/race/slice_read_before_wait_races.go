// Reading a slice element before the WaitGroup says the writer is done: a race on s[1].
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	s := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s[i] = i * 10
		}()
	}
	time.Sleep(time.Millisecond)
	fmt.Println(s[1])
	wg.Wait()
}
