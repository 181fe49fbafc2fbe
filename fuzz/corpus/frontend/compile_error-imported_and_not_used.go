//@ error: 6:2: "os" imported and not used
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}
