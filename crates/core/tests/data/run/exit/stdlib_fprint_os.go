// Checks fmt.Fprint* to os.Stdout, os.Stderr and a custom io.Writer, and the empty environment.
package main

import (
	"fmt"
	"os"
	"strings"
)

type upper struct{ w *strings.Builder }

func (u upper) Write(p []byte) (int, error) {
	u.w.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	n, err := fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 5)
	fmt.Fprint(os.Stdout, "no newline", 3, "\n")
	os.Stdout.WriteString("direct\n")
	os.Stdout.Write([]byte("bytes\n"))
	var sb strings.Builder
	n, err = fmt.Fprintf(upper{&sb}, "hello %d", 42)
	fmt.Println(sb.String(), n, err)
	fmt.Printf("%q\n", os.Getenv("GOROSCOPE_SURELY_UNSET"))
	v, ok := os.LookupEnv("GOROSCOPE_SURELY_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Stdout == os.Stdout, os.Stdout != os.Stderr, os.Stdout.Name(), os.Stderr.Name())
}
