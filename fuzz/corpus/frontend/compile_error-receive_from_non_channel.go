//@ error: 8:9: invalid operation: cannot receive from non-channel []int results (variable of type []int)
package main

import "fmt"

func main() {
	results := []int{1, 2}
	v := <-results
	fmt.Println(v)
}
