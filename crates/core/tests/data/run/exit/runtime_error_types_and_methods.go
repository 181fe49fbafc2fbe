// Checks the dynamic types of recovered runtime errors, their Error methods and assertion to *runtime.TypeAssertionError.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	var xs []int
	n := 0
	var ch chan int
	var v any = 3
	values := []any{
		catch(func() { _ = xs[n] }),
		catch(func() { _ = 1 / n }),
		catch(func() { close(ch) }),
		catch(func() { _ = v.(string) }),
		catch(func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) }),
	}
	for _, r := range values {
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%T error=%t runtime=%t: %v\n", r, isErr, isRuntime, err)
	}
	var tae *runtime.TypeAssertionError
	fmt.Println(errors.As(values[3].(error), &tae), tae.Error())
	re := values[0].(runtime.Error)
	re.RuntimeError()
	fmt.Println("message:", re.Error())
}
