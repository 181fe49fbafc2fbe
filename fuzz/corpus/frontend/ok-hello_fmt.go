package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Printf("%d %s %v %q %5.2f\n", 42, "str", []int{1, 2}, "quoted", 3.14159)
	s := fmt.Sprintf("%03d|%-4s|%x", 7, "ab", 255)
	fmt.Print(s, "\n")
}
