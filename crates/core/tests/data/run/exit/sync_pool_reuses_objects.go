// sync.Pool on one processor: Get returns the object in the private slot first, then the
// others newest first, and calls New only when the pool is empty; Put(nil) is ignored.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type buffer struct {
	id int
	sb strings.Builder
}

func main() {
	made := 0
	pool := sync.Pool{New: func() any {
		made++
		return &buffer{id: made}
	}}
	a := pool.Get().(*buffer)
	b := pool.Get().(*buffer)
	c := pool.Get().(*buffer)
	fmt.Println("made", made, "ids", a.id, b.id, c.id)
	pool.Put(a)
	pool.Put(b)
	pool.Put(c)
	pool.Put(nil)
	for i := 0; i < 4; i++ {
		fmt.Print(pool.Get().(*buffer).id, " ")
	}
	fmt.Println("made", made)

	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := pool.Get().(*buffer)
			buf.sb.Reset()
			fmt.Fprintf(&buf.sb, "worker %d used buffer %d", w, buf.id)
			fmt.Println(buf.sb.String())
			pool.Put(buf)
		}()
	}
	wg.Wait()

	var empty sync.Pool
	fmt.Println(empty.Get(), "made", made)
}
