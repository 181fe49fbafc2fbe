// Checks io.WriteString and io.Copy (from a strings.Reader) write to os.Stdout.
package main

import (
	"io"
	"os"
	"strings"
)

func main() {
	io.WriteString(os.Stdout, "a\n")
	io.Copy(os.Stdout, strings.NewReader("b\n"))
}
