// Checks switch statements: fallthrough, multiple values per case, no-condition switch and default placement.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
	return "C"
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Print(i, ":")
		switch i {
		case 0:
			fmt.Print(" zero")
			fallthrough
		case 1:
			fmt.Print(" one-or-fell")
		case 2, 3:
			fmt.Print(" two-or-three")
			if i == 3 {
				break
			}
			fmt.Print(" (two)")
		}
		fmt.Println()
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch x := 5; {
	default:
		fmt.Println("default first, x =", x)
	case x > 10:
	}
}
