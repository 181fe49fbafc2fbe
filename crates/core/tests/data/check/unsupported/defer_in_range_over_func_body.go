//@ unsupported: 14:3: unsupported: defer in the body of a range over a function
package main

import "fmt"

func Count(yield func(int) bool) {
	for i := 0; i < 2; i++ {
		yield(i)
	}
}

func main() {
	for i := range Count {
		defer fmt.Println(i)
	}
}
