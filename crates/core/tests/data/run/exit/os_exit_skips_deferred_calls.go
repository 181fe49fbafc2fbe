// Checks that os.Exit(3) ends the program at once with status 3 without running pending defers.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("about to exit with 3")
	os.Exit(3)
}
