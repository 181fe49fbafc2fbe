// fmt.Errorf builds what Go's does: without %w an *errors.errorString, with one %w a
// *fmt.wrapError (Unwrap() error), with several a *fmt.wrapErrors (Unwrap() []error) that
// errors.Is and errors.As search, but errors.Unwrap does not.
package main

import (
	"errors"
	"fmt"
)

var (
	errA = errors.New("a")
	errB = errors.New("b")
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprint("code ", c.code) }

func main() {
	plain := fmt.Errorf("plain %d", 1)
	fmt.Printf("%T %v %v\n", plain, plain, errors.Unwrap(plain))

	one := fmt.Errorf("one: %w", errA)
	fmt.Printf("%T %v %v\n", one, one, errors.Unwrap(one) == errA)

	two := fmt.Errorf("%w and %w", errA, codeErr{7})
	fmt.Printf("%T %v %v %v\n", two, two, errors.Unwrap(two), errors.Unwrap(two) == nil)
	fmt.Println(errors.Is(two, errA), errors.Is(two, errB))
	var ce codeErr
	fmt.Println(errors.As(two, &ce), ce.code)
	if u, ok := two.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}

	notErr := fmt.Errorf("%w", "text")
	fmt.Printf("%T %v %v\n", notErr, notErr, errors.Unwrap(notErr))

	same := fmt.Errorf("%[1]w %[1]w %[2]w", errA, errB)
	fmt.Println(same, len(same.(interface{ Unwrap() []error }).Unwrap()))

	fmt.Println("Unwrap of a Join:", errors.Unwrap(errors.Join(errA, errB)) == nil)

	nested := fmt.Errorf("top: %w", two)
	fmt.Println(errors.Is(nested, errB), errors.Is(nested, codeErr{7}))
}
