//@ error: 8:24: cannot convert s (variable of type []int) to type [2]string
package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println([2]string(s))
}
