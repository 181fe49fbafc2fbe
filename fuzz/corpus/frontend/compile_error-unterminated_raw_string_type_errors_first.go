//@ error: 4:8: "fmt" imported and not used
package main

import "fmt"

func main() {
	s := `this raw string
never ends
	fmt.Println(s)
}
