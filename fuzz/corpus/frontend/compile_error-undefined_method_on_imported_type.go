//@ error: 13:12: wg.Finish undefined (type "sync".WaitGroup has no field or method Finish)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Finish()
		fmt.Println("hi")
	}()
	wg.Wait()
}
