// Checks a custom error type returned through the error interface and the nil-interface pitfall.
package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

func validate(age int) error {
	if age < 0 {
		return ValidationError{Field: "age", Code: 42}
	}
	return nil
}

func typedNil() error {
	var p *ValidationError
	return p
}

func main() {
	fmt.Println(validate(5), validate(-1))
	if ve, ok := validate(-3).(ValidationError); ok {
		fmt.Printf("%s %d %T\n", ve.Field, ve.Code, ve)
	}
	err := typedNil()
	fmt.Println("typed nil is nil interface:", err == nil)
}
