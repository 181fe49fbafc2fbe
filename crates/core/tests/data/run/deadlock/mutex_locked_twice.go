// Checks that locking a sync.Mutex twice in the same goroutine deadlocks (Mutex is not reentrant).
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *account) depositTwice(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.deposit(n)
	a.deposit(n)
}

func main() {
	a := &account{}
	a.deposit(5)
	fmt.Println("balance", a.balance)
	a.depositTwice(10)
}
