// Lock order: two transfers take two account locks in opposite orders
// What to look for: each transfer holds one lock and waits for the other, a cycle the outcome names at the step it closes, while main prints and exits as if nothing happened; Go reports nothing.
package main

import (
	"fmt"
	"sync"
	"time"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int) {
	from.mu.Lock()
	defer from.mu.Unlock()
	time.Sleep(time.Millisecond) // long enough for the other transfer to take its first lock
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	alice := &account{balance: 100}
	bob := &account{balance: 100}
	go transfer(alice, bob, 10)
	go transfer(bob, alice, 20)
	time.Sleep(time.Second)
	fmt.Println("main gave up waiting after a second")
}
