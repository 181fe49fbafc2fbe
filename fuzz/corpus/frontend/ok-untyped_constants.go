package main

import (
	"fmt"
	"time"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Third = 1.0 / 3
	Mixed = 'a' + 1.5 - 0.5 // untyped rune + float constants
	Name  = "go" + "pher"
	Truth = 3 > 2 && Name == "gopher"
)

func main() {
	var i int = Small
	var f float64 = Third
	var r rune = Mixed
	var b bool = Truth
	fmt.Println(i, f, r, string(r), b, Name, len(Name))
	fmt.Println(Big/(Big>>4), 7/2, 7/2.0, 1e3, 0x10, 0o17, 0b101, 1_000_000)
	timeout := 2 * time.Second
	n := 3
	fmt.Println(timeout, time.Duration(n)*time.Millisecond)
	var u8 uint8 = 255
	var x = 1 << 3
	fmt.Println(u8, x, ^0, -5>>1)
	const typed int32 = 10
	fmt.Println(typed*2, float32(typed)/4)
}
