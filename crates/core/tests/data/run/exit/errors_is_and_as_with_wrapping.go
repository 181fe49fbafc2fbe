// Checks errors.New, fmt.Errorf with %w, errors.Is, errors.As, errors.Unwrap and errors.Join.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return fmt.Errorf("find failed: %w", &QueryError{Query: q, Err: ErrNotFound})
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == error(qe), errors.Unwrap(ErrNotFound))
	joined := errors.Join(ErrNotFound, errors.New("timeout"))
	fmt.Printf("%q %t\n", joined.Error(), errors.Is(joined, ErrNotFound))
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Is(fmt.Errorf("%v", ErrNotFound), ErrNotFound))
}
