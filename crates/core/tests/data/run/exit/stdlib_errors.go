// Checks errors.As through Unwrap chains and errors.Join trees, and errors.Join's text.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "my error " + strconv.Itoa(e.Code) }

type ValErr struct{ msg string }

func (e ValErr) Error() string { return e.msg }

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

func main() {
	base := &MyErr{Code: 7}
	wrapped := &wrapErr{"outer", &wrapErr{"inner", base}}
	fmt.Println(wrapped)
	var me *MyErr
	fmt.Println(errors.As(wrapped, &me), me.Code, me == base)
	var ve ValErr
	fmt.Println(errors.As(&wrapErr{"x", ValErr{"val"}}, &ve), ve.msg)
	var target error
	fmt.Println(errors.As(wrapped, &target), target)
	var me2 *MyErr
	fmt.Println(errors.As(errors.New("plain"), &me2), me2 == nil, errors.As(nil, &me2))
	j := errors.Join(errors.New("first"), nil, &wrapErr{"second", base})
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Join(nil, nil) == nil, errors.Join(errors.New("solo")))
	var me4 *MyErr
	fmt.Println(errors.As(j, &me4), me4.Code)
	var ve2 ValErr
	fmt.Println(errors.As(j, &ve2), errors.ErrUnsupported)
	defer func() { fmt.Println("recovered:", recover()) }()
	var notErr int
	errors.As(base, &notErr)
}
