package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
)

const Pi = 3.14159
const Greeting string = "hi"
const Big = 1 << 62
const Huge = Big * 4 / 8 // untyped constant arithmetic may exceed int64 in between

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D)
	fmt.Println(Pi*2, Greeting, Huge)
	const local = 'a' + 1
	fmt.Println(local, string(rune(local)))
	var f float32 = Pi
	var i int64 = Big
	fmt.Println(f, i)
}
