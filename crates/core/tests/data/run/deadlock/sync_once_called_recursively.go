// Checks that calling once.Do from inside the function passed to the same Once deadlocks.
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
