// sync/atomic's bitwise operations (Go 1.23): And and Or, as functions and as methods of the
// atomic types, store the result and return the old value; goroutines setting flag bits
// concurrently lose none.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var flags atomic.Uint32
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			flags.Or(1 << i)
		}()
	}
	wg.Wait()
	fmt.Printf("%08b\n", flags.Load())
	fmt.Printf("%08b %08b\n", flags.And(0b1010_1010), flags.Load())

	var n int64 = 0b1100
	fmt.Println(atomic.AndInt64(&n, 0b1010), n)
	fmt.Println(atomic.OrInt64(&n, 0b0001), n)
	var u uint64 = 1 << 63
	fmt.Println(atomic.OrUint64(&u, 1), u)
	var i32 atomic.Int32
	i32.Store(-1)
	fmt.Println(i32.And(0x0f), i32.Or(-16), i32.Load())
	var i64 atomic.Int64
	fmt.Println(i64.Or(5), i64.And(4), i64.Load())
	var u64 atomic.Uint64
	fmt.Println(u64.Or(3), u64.And(2), u64.Load())
	var w uint32 = 6
	fmt.Println(atomic.AndUint32(&w, 3), atomic.OrUint32(&w, 8), w)
	var v int32 = 9
	fmt.Println(atomic.AndInt32(&v, 1), atomic.OrInt32(&v, 2), v)
}
