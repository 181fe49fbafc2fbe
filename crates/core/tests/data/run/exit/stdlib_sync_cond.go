// Checks sync.Cond: Wait releases the lock and blocks, Signal wakes one waiter, Broadcast all.
package main

import (
	"fmt"
	"sync"
	"time"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	ack := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 {
					q.cond.Wait()
				}
				it := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				if it < 0 {
					return
				}
				fmt.Println("worker", id, "got", it)
				ack <- it
			}
		}(w)
	}
	time.Sleep(10 * time.Millisecond) // every worker is waiting now
	for i := 1; i <= 6; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.cond.Signal()
		q.mu.Unlock()
		<-ack
	}
	q.mu.Lock()
	q.items = append(q.items, -1, -1, -1)
	q.cond.Broadcast()
	q.mu.Unlock()
	wg.Wait()

	var mu sync.Mutex
	c := sync.Cond{L: &mu}
	ready := false
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			fmt.Println("waiter", i, "saw ready")
			mu.Unlock()
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg2.Wait()

	var rw sync.RWMutex
	fmt.Println(rw.TryLock(), rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	c2 := sync.NewCond(rw.RLocker())
	done := make(chan bool)
	go func() {
		rw.RLock()
		c2.Wait()
		rw.RUnlock()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	c2.Signal()
	fmt.Println(<-done, rw.TryLock())
}
