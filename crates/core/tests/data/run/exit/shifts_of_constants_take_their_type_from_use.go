// A shift of an untyped constant by a variable amount takes the type its constant would take
// where the shift is used: 1 << n assigned to a uint8 is computed in uint8 (and wraps to 0
// at n = 8), as an argument it takes the parameter's type, and alone it is an int.
package main

import (
	"fmt"
	"sync/atomic"
)

func mask(bits uint16) uint16 { return bits }

func main() {
	n := 8
	var small uint8 = 1 << n
	var wide uint32 = 1 << n
	fmt.Println(small, wide)
	var x uint8 = 200
	m := 7
	fmt.Println(x + 1<<m)
	fmt.Println(mask(1<<15|1<<(n+9)), mask(0xff00>>m))
	plain := 1 << 40 >> n
	fmt.Printf("%T %v\n", plain, plain)
	var flags atomic.Uint32
	for i := 0; i < 3; i++ {
		flags.Or(1 << (i * 2))
	}
	fmt.Printf("%06b\n", flags.Load())
	shifted := uint16(1<<n) + 1
	fmt.Println(shifted, int8(1<<m-1))
}
