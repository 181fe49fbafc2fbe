//@ error: 12:4: x.Foo undefined (type T has no field or method Foo)
package main

import "fmt"

type T struct {
	Name string
}

func main() {
	x := T{Name: "t"}
	x.Foo()
	fmt.Println(x.Name)
}
