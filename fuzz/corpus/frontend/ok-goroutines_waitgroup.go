package main

import (
	"fmt"
	"sync"
)

func square(n int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[n] = n * n
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go square(i, out, &wg)
	}
	wg.Wait()
	fmt.Println(out)

	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total += v
		}(i)
	}
	wg.Wait()
	fmt.Println(total)

	done := make(chan bool)
	go func() {
		fmt.Println("in goroutine")
		done <- true
	}()
	<-done
}
