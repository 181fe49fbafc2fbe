// Panics nest: a panic raised while deferred calls run for another is recovered on its own
// and the first keeps unwinding, as with Go's stack of panics; recover works only in a
// deferred call that the panic itself runs, called directly.
//@ traceback: same as go
package main

import (
	"errors"
	"fmt"
)

func nested() (out string) {
	defer func() {
		out = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("second")
	}()
	panic("first")
}

func normalReturnDefer() (out string) {
	defer func() { out = fmt.Sprint("then: ", recover()) }()
	defer func() {
		// Runs because the panic unwinds this frame; its own deferred call runs when it
		// returns normally, so recover there is not called by the panic: nil.
		defer func() { fmt.Println("deferred by a deferred call:", recover()) }()
	}()
	panic("third")
}

func recoverThenPanicAgain() (out string) {
	defer func() { out = fmt.Sprint("finally: ", recover()) }()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again after ", r))
	}()
	panic(errors.New("fourth"))
}

func helper() any { return recover() }

func indirect() (out string) {
	defer func() { out = fmt.Sprint("direct: ", recover()) }()
	defer func() { fmt.Println("through a helper:", helper()) }()
	panic("fifth")
}

func main() {
	fmt.Println(nested())
	fmt.Println(normalReturnDefer())
	fmt.Println(recoverThenPanicAgain())
	fmt.Println(indirect())
	defer func() {
		defer func() { fmt.Println("inner:", recover()) }()
		panic("sixth")
	}()
	panic("seventh")
}
