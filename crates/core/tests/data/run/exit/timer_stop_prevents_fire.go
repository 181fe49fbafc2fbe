// Checks that Timer.Stop before expiry returns true and the timer never fires.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("fired")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("did not fire")
	}
	t2 := time.NewTimer(10 * time.Millisecond)
	<-t2.C
	fmt.Println("t2 fired, stop after fire:", t2.Stop())
}
