// Checks that copying a Mutex or WaitGroup copies its state (locked, counter) but not its identity.
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	mu sync.Mutex
	n  int
}

func main() {
	var a guarded
	a.mu.Lock()
	b := a
	fmt.Println("copy of locked mutex TryLock:", b.mu.TryLock())
	a.mu.Unlock()
	fmt.Println("original TryLock after unlock:", a.mu.TryLock())
	b.mu.Unlock()
	fmt.Println("copy TryLock after its unlock:", b.mu.TryLock())

	var wg sync.WaitGroup
	wg.Add(2)
	c := wg
	c.Done()
	c.Done()
	c.Wait()
	fmt.Println("copy reached zero")
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("original reached zero")

	var clean sync.WaitGroup
	fresh := clean
	fresh.Add(1)
	go fresh.Done()
	fresh.Wait()
	clean.Wait()
	fmt.Println("copies of a zero WaitGroup are independent")
}
