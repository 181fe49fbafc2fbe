// Checks that calling a nil function value is a nil pointer dereference.
package main

import "fmt"

var handlers = map[string]func() string{
	"hello": func() string { return "hi there" },
}

func main() {
	fmt.Println(handlers["hello"]())
	fmt.Println(handlers["missing"]())
}
