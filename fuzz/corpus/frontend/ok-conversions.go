package main

import (
	"fmt"
	"strconv"
)

type Meters float64
type Feet float64

func main() {
	i := 65
	f := float64(i) / 2
	back := int(f)
	neg := -2.9
	fmt.Println(f, back, int(neg), uint8(300%256)) // float->int truncates toward zero

	var big int64 = 1 << 40
	small := int32(big >> 20)
	fmt.Println(small, int8(big>>33), uint16(0xABCDE&0xFFFF))

	r := rune(i)
	fmt.Println(string(r), string(rune(0x4e16)), strconv.Itoa(i))

	bs := []byte("hey")
	rs := []rune("héy")
	fmt.Println(bs, rs, string(bs), string(rs))

	m := Meters(10)
	ft := Feet(m * 3.28084)
	fmt.Printf("%.2f %T\n", ft, ft)

	var x any = 3
	if n, ok := x.(int); ok {
		fmt.Println(float32(n) * 1.5)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), fmt.Sprint(true), strconv.FormatBool(false))
	b, _ := strconv.ParseBool("true")
	u, _ := strconv.ParseUint("ff", 16, 64)
	fmt.Println(b, u, float64(i))

	const c = 1 << 10
	var c8 uint8 = c >> 3
	var cf float32 = c
	fmt.Println(c8, cf, c/3, c/3.0)
}
