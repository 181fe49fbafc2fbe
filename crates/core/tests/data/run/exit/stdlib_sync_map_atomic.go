// Checks sync.Map and the sync/atomic functions and types beyond Int32/Int64 Add/Load/Store.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	prev, loaded := m.Swap("b", 20)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("b", 20, 21), m.CompareAndSwap("b", 20, 22), m.CompareAndDelete("c", 4))
	v, loaded = m.LoadAndDelete("c")
	fmt.Println(v, loaded)
	m.Delete("nothing")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	count := 0
	m.Range(func(k, v any) bool { count++; return false })
	m.Clear()
	_, ok = m.Load("a")
	fmt.Println(count, ok)

	var wg sync.WaitGroup
	var hits sync.Map
	var total atomic.Uint64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			hits.Store(i%3, i)
			total.Add(uint64(i))
		}(i)
	}
	wg.Wait()
	n := 0
	hits.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n, total.Load())

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, 5), atomic.AddUint32(&u32, ^uint32(0)), atomic.LoadUint32(&u32))
	atomic.StoreUint32(&u32, 1<<31)
	fmt.Println(atomic.SwapUint32(&u32, 9), atomic.CompareAndSwapUint32(&u32, 9, 10), u32)
	var u64 uint64
	atomic.AddUint64(&u64, 1<<63)
	atomic.AddUint64(&u64, 1<<63+5)
	fmt.Println(atomic.LoadUint64(&u64), atomic.SwapUint64(&u64, 7), atomic.CompareAndSwapUint64(&u64, 7, 8), u64)
	var i32 int32 = 5
	var i64 int64 = 6
	fmt.Println(atomic.SwapInt32(&i32, -1), atomic.SwapInt64(&i64, -2))
	fmt.Println(i32, i64)
	fmt.Println(atomic.AddInt32(&i32, 1<<31-1))
	var a32 atomic.Int32
	var a64 atomic.Int64
	var ua atomic.Uint32
	var ub atomic.Uint64
	var bo atomic.Bool
	a32.Store(3)
	fmt.Println(a32.Swap(4), a32.CompareAndSwap(4, 5), a32.CompareAndSwap(4, 6), a32.Load())
	a64.Store(30)
	fmt.Println(a64.Swap(40), a64.CompareAndSwap(40, 50), a64.Load())
	fmt.Println(ua.Add(^uint32(0)), ua.Swap(3), ua.CompareAndSwap(3, 4), ua.Load())
	fmt.Println(ub.Add(10), ub.Swap(20), ub.CompareAndSwap(20, 21), ub.Load())
	fmt.Println(bo.Swap(true), bo.Load(), bo.CompareAndSwap(true, false), bo.Load(), bo.CompareAndSwap(true, false))
	var av atomic.Value
	fmt.Println(av.Load())
	av.Store("hello")
	fmt.Println(av.Load(), av.Swap("world"), av.CompareAndSwap("world", "x"), av.CompareAndSwap("world", "y"), av.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	av.Store(42)
}
