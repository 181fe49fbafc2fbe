// sync.OnceValue and sync.OnceValues (Go 1.21): five goroutines share one lazily computed value
// and one (value, error) pair; each function runs once.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	config := sync.OnceValue(func() map[string]int {
		calls++
		fmt.Println("loading config")
		return map[string]int{"workers": 3}
	})
	parse := sync.OnceValues(func() (int, error) {
		calls++
		return strconv.Atoi("42")
	})
	bad := sync.OnceValues(func() (int, error) {
		return 0, errors.New("no value")
	})
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := parse()
			results[i] = config()["workers"] + n
			if err != nil {
				panic(err)
			}
		}()
	}
	wg.Wait()
	fmt.Println(results, calls)
	v, err := bad()
	fmt.Println(v, err)
	fmt.Printf("%T %T\n", config, parse)
}
