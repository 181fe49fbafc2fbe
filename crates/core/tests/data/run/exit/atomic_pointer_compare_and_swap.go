// atomic.Pointer[T] (Go 1.19): goroutines publish new versions of a config with CompareAndSwap
// retries; %T spells it *atomic.Pointer[main.Config], by package name as reflect does.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var cur atomic.Pointer[Config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&Config{"a", 1})
	var wg sync.WaitGroup
	for i := 2; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := cur.Load()
				next := &Config{old.Name, old.Version + 1}
				if cur.CompareAndSwap(old, next) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(*cur.Load())
	prev := cur.Swap(&Config{"b", 0})
	fmt.Println(prev.Version, cur.Load().Name)
	fmt.Printf("%T\n", &cur)
	// reflect names types by package name, not path.
	fmt.Printf("%T %T\n", &atomic.Int64{}, rand.New(rand.NewSource(1)))
}
