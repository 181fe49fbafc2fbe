// Checks an unrecovered panic with a string: deferred calls run, then "panic: message" and exit 2.
package main

import "fmt"

func process(step int) {
	defer fmt.Println("cleanup for step", step)
	if step == 2 {
		panic("something went wrong at step 2")
	}
	fmt.Println("step", step, "ok")
}

func main() {
	defer fmt.Println("main's deferred print")
	for i := 1; i <= 3; i++ {
		process(i)
	}
}
