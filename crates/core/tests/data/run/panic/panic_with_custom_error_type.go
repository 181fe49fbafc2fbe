// Checks that a panic with a custom error type prints the result of its Error method.
package main

import "fmt"

type HTTPError struct {
	Status int
	Path   string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("%d on %s", e.Status, e.Path)
}

func fetch(path string) error {
	return &HTTPError{Status: 404, Path: path}
}

func main() {
	if err := fetch("/missing"); err != nil {
		panic(err)
	}
}
