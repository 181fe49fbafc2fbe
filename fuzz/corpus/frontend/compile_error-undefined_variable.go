//@ error: 8:14: undefined: cuont
package main

import "fmt"

func main() {
	count := 1
	fmt.Println(cuont)
	fmt.Println(count)
}
