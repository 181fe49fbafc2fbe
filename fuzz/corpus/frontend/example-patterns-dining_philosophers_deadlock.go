// Dining philosophers: everyone grabs the left fork first, then deadlock
// What to look for: each philosopher holds one fork (mutex) and waits for the neighbour's, so all block and the runtime reports a deadlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

func philosopher(name string, left, right *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	left.Lock()
	fmt.Println(name, "picked up the left fork")
	time.Sleep(10 * time.Millisecond) // give the others time to do the same
	right.Lock()                      // blocks forever: the neighbour holds it
	fmt.Println(name, "is eating")
	right.Unlock()
	left.Unlock()
}

func main() {
	names := []string{"Plato", "Aristotle", "Socrates"}
	forks := make([]sync.Mutex, len(names))
	var wg sync.WaitGroup

	for i, name := range names {
		wg.Add(1)
		go philosopher(name, &forks[i], &forks[(i+1)%len(forks)], &wg)
	}

	wg.Wait()
	fmt.Println("everyone has eaten")
}
