//@ error: 9:3: continue is not in a loop
package main

import "fmt"

func main() {
	switch x := 1; x {
	case 1:
		continue
	}
	fmt.Println("end")
}
