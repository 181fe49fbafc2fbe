// Checks a worker pool: three workers pull jobs from one channel; results are collected and summed.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- [2]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- [2]int{id, j * j}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan [2]int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	perWorker := map[int]int{}
	sum := 0
	for r := range results {
		perWorker[r[0]]++
		sum += r[1]
	}
	fmt.Println("sum of squares:", sum)
	fmt.Println("jobs per worker:", perWorker)
}
