// Checks sync.OnceFunc runs its function once however often the result is called.
package main

import (
	"fmt"
	"sync"
)

func main() {
	g := sync.OnceFunc(func() { fmt.Println("once") })
	g()
	g()
}
