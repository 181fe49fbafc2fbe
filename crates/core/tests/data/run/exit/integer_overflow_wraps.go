// Checks that fixed-size integer arithmetic wraps around on overflow, signed and unsigned.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(u16)
	i32 := int32(math.MaxInt32)
	i32 += 1
	fmt.Println(i32)
	i64 := int64(math.MinInt64)
	i64--
	fmt.Println(i64)
	var m int64 = math.MinInt64
	fmt.Println(-m == m, m/-1)
	x := uint32(1) << 31
	mn := int8(-128)
	fmt.Println(x<<1, x>>31, ^uint8(5), -mn)
	var h uint32 = 2166136261
	for _, c := range []byte("go") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
}
