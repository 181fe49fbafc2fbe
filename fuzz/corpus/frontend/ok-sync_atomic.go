package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits int64
	var total atomic.Int32
	var flag atomic.Bool
	var wg sync.WaitGroup

	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 2)
			total.Add(1)
			flag.Store(true)
		}()
	}
	wg.Wait()

	fmt.Println(atomic.LoadInt64(&hits), total.Load(), flag.Load())
	swapped := atomic.CompareAndSwapInt64(&hits, 16, 0)
	fmt.Println(swapped, atomic.LoadInt64(&hits))

	var v atomic.Value
	v.Store("config-v1")
	fmt.Println(v.Load().(string))

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}

	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
}
