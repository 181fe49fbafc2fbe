// Checks that a panic with a %w-wrapped error prints the whole message chain after deferred calls run.
package main

import (
	"errors"
	"fmt"
	"os"
)

var errDenied = errors.New("permission denied")

func open(name string) error {
	return fmt.Errorf("open %s: %w", name, errDenied)
}

func main() {
	defer fmt.Fprintln(os.Stdout, "deferred before crash")
	err := open("/etc/shadow")
	fmt.Println("is denied:", errors.Is(err, errDenied))
	panic(fmt.Errorf("startup: %w", err))
}
