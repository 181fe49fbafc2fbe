//@ error: 23:5: mu.lock undefined (type "sync".Mutex has no field or method lock, but does have method Lock)
//@ errors: 9
package main

import (
	"strings"
	"sync"
)

type T struct {
	Name  string
	count int
}

func (t *T) Inc() {}

type U struct {
	T
}

func main() {
	var mu sync.Mutex
	mu.lock()
	var wg sync.WaitGroup
	wg.done()
	var t T
	_ = t.name
	_ = t.Count
	t.inc()
	var u U
	u.inc()
	_ = u.NAME
	var b strings.Builder
	b.writeString("x")
	_ = b.Foo
}
