// Checks that a panic raised and recovered among Goexit's deferred calls does not stop the Goexit.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("later deferred call still runs")
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		defer func() { panic("raised during Goexit") }()
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	wg.Wait()
	fmt.Println("main done")
}
