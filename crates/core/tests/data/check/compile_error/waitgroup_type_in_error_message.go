//@ error: 11:14: cannot use wg (variable of struct type "sync".WaitGroup) as int value in variable declaration
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var n int = wg
	fmt.Println(n)
}
