//@ error: 5:2: "fmt" imported and not used
package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(time.Millisecond)
}
