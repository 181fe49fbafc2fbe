//@ error: 9:10: assignment mismatch: 2 variables but getValue returns 1 value
package main

import "fmt"

func getValue() int { return 1 }

func main() {
	a, b := getValue()
	fmt.Println(a, b)
}
