// math/rand/v2: workers sleep for rand.N durations and finish in a seeded order; IntN,
// Float64, Perm and Uint32N stay in range; IntN(0) panics with Go's message.
package main

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := []int{}
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(rand.N(100 * time.Millisecond))
			mu.Lock()
			done = append(done, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(done))
	ok := true
	for range 1000 {
		if n := rand.IntN(10); n < 0 || n >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
	}
	p := rand.Perm(5)
	fmt.Println(ok, len(p), rand.Uint32N(1) == 0)
	defer func() { fmt.Println(recover()) }()
	rand.IntN(0)
}
