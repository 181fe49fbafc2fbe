//@ error: 7:30: syntax error: unexpected newline in argument list; possibly missing comma or )
package main

import "fmt"

func main() {
	fmt.Println("hello", "world"
	)
}
