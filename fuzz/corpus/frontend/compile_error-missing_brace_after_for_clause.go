//@ error: 7:24: syntax error: unexpected newline, expected { after for clause
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++
	{
		fmt.Println(i)
	}
}
