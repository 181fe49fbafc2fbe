// Checks append's capacity growth (Go's growslice with malloc size classes) for many element types and sizes of heap slices.
package main

import "fmt"

var sink any

type small struct {
	a int32
	b byte
}

type withPtr struct {
	name string
	n    int
	next *withPtr
	tag  byte
}

type empty struct{}

func record(caps []int, c int) []int {
	if len(caps) == 0 || caps[len(caps)-1] != c {
		caps = append(caps, c)
	}
	return caps
}

func main() {
	{
		var s []int8
		caps := []int{}
		for i := 0; i < 3000; i++ {
			s = append(s, int8(0))
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("int8", caps)
	}
	{
		var s []int16
		caps := []int{}
		for i := 0; i < 1500; i++ {
			s = append(s, int16(0))
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("int16", caps)
	}
	{
		var s []int32
		caps := []int{}
		for i := 0; i < 1500; i++ {
			s = append(s, int32(0))
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("int32", caps)
	}
	{
		var s []int
		caps := []int{}
		for i := 0; i < 5000; i++ {
			s = append(s, 0)
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("int", caps)
	}
	{
		var s []float64
		caps := []int{}
		for i := 0; i < 600; i++ {
			s = append(s, 0.0)
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("float64", caps)
	}
	{
		var s []bool
		caps := []int{}
		for i := 0; i < 100; i++ {
			s = append(s, false)
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("bool", caps)
	}
	{
		var s []string
		caps := []int{}
		for i := 0; i < 700; i++ {
			s = append(s, "")
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("string", caps)
	}
	{
		var s []any
		caps := []int{}
		for i := 0; i < 700; i++ {
			s = append(s, nil)
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("any", caps)
	}
	{
		var s []small
		caps := []int{}
		for i := 0; i < 300; i++ {
			s = append(s, small{})
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("small", caps)
	}
	{
		var s [][3]int
		caps := []int{}
		for i := 0; i < 300; i++ {
			s = append(s, [3]int{})
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("[3]int", caps)
	}
	{
		var s []withPtr
		caps := []int{}
		for i := 0; i < 300; i++ {
			s = append(s, withPtr{})
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("withPtr", caps)
	}
	{
		var s [][]int
		caps := []int{}
		for i := 0; i < 300; i++ {
			s = append(s, nil)
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("[]int", caps)
	}
	{
		var s []empty
		caps := []int{}
		for i := 0; i < 10; i++ {
			s = append(s, empty{})
			sink = s
			caps = record(caps, cap(s))
		}
		fmt.Println("empty", caps)
	}

	var s []int
	s = append(s, make([]int, 37)...)
	sink = s
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 100)...)
	sink = s
	fmt.Println(len(s), cap(s))
	b := append([]byte("hello"), " world, this is longer"...)
	sink = b
	fmt.Println(len(b), cap(b))
	r := append([]rune(nil), 'a', 'b', 'c')
	sink = r
	fmt.Println(len(r), cap(r))
}
