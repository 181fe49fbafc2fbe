// Checks the panic messages of failed type assertions name the operand's static type as Go does.
package main

import (
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{}
type Ci struct{}

func (Sq) Area() float64 { return 0 }
func (Ci) Area() float64 { return 1 }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	try(func() { var sh Shape; _ = sh.(Sq) })
	try(func() { var sh Shape = Ci{}; _ = sh.(Sq) })
	try(func() { var a any; _ = a.(int) })
	try(func() { var a any = "s"; _ = a.(int) })
	try(func() { var a interface{ Area() float64 }; _ = a.(Sq) })
	try(func() { var a any; _ = a.(fmt.Stringer) })
	try(func() { var a any = 3; _ = a.(fmt.Stringer) })
	try(func() { var e error; _ = e.(interface{ Timeout() bool }) })
	try(func() { var sh Shape; _ = sh.(fmt.Stringer) })
}
