// Checks Timer.Reset: a timer reset to a later time fires at the new deadline.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("reset while active:", t.Reset(80*time.Millisecond))
	<-t.C
	el := time.Since(start)
	fmt.Println("fired after >= 80ms:", el >= 80*time.Millisecond)
	fmt.Println("reset after fire:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again")
	other := time.NewTimer(time.Hour)
	other.Reset(5 * time.Millisecond)
	<-other.C
	fmt.Println("hour timer reset to 5ms fired")
}
