// Package errors as the simulator provides it.
package errors

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error

var ErrUnsupported error

type errorString struct{ s string }

func (e *errorString) Error() string

type joinError struct{ errs []error }

func (e *joinError) Error() string
func (e *joinError) Unwrap() []error
