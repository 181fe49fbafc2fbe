// Checks that a panic with an error value prints the error's message.
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := fmt.Errorf("loading config: %w", errors.New("file not found"))
	fmt.Println("about to panic with:", err)
	panic(err)
}
