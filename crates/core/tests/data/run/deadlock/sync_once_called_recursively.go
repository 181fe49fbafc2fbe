// Checks that calling once.Do from inside the function passed to the same Once deadlocks.
//@ gap: a recursive once.Do returns instead of deadlocking
package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() {
	fmt.Println("setup starts")
	once.Do(func() { fmt.Println("inner setup") })
}

func main() {
	once.Do(setup)
	fmt.Println("never printed")
}
