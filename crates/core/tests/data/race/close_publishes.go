// close happens before a receive that observes it: no race on done.
package main

import "fmt"

func main() {
	msg := ""
	done := make(chan struct{})
	go func() {
		msg = "ready"
		close(done)
	}()
	<-done
	fmt.Println(msg)
}
