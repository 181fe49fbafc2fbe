//@ error: 19:14: cannot use worker (value of type func(id int, jobs <-chan int, results chan<- int)) as func(int, <-chan int) value in argument to startAll
package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * id
	}
}

func startAll(n int, f func(int, <-chan int)) {
	for i := range n {
		go f(i, nil)
	}
}

func main() {
	startAll(3, worker)
	fmt.Println("started")
}
