// Checks a failing assertion to an interface type: the message names the missing method.
package main

import "fmt"

type Closer interface{ Close() error }

type file struct{ name string }

func main() {
	var v any = file{"a.txt"}
	fmt.Println("asserting", v, "to Closer")
	c := v.(Closer)
	fmt.Println(c)
}
