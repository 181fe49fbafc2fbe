package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	var i16 int16 = math.MinInt16
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MaxInt64
	var i int = -1
	var u8 uint8 = math.MaxUint8
	var u16 uint16 = math.MaxUint16
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	var u uint = 7
	var up uintptr = 0x10
	var by byte = 'b'
	var ru rune = 'r'
	var f32 float32 = 1.5
	var f64 float64 = math.Pi

	fmt.Println(i8, i16, i32, i64, i)
	fmt.Println(u8, u16, u32, u64, u, up, by, ru)
	fmt.Println(f32, f64)

	i8++ // wraps around
	u8++
	fmt.Println(i8, u8)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println(1<<3, 0xff&0x0f, 6|1, 6^3, 6&^2, u32>>4)
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Inf(1), math.MaxFloat32 > 1e38)
	fmt.Println(math.Abs(-3), math.Max(2, 3), math.Pow(2, 10), math.IsNaN(math.NaN()))
}
