//@ error: 9:11: invalid operation: count * price (mismatched types int and float64)
package main

import "fmt"

func main() {
	count := 3
	price := 1.5
	total := count * price
	fmt.Println(total)
}
