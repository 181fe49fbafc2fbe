// Checks the runtime error for integer division by zero (a variable divisor).
package main

import "fmt"

func average(sum, count int) int { return sum / count }

func main() {
	fmt.Println(average(10, 2))
	fmt.Println(average(10, 0))
}
