// Checks that waiting on the channel of a stopped timer blocks forever and is reported as a deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("stopped before firing:", t.Stop())
	<-t.C
	fmt.Println("never printed")
}
