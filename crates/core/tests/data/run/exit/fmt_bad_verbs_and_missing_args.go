// Checks fmt's in-band error reports for bad verbs, missing and extra arguments (go vet flags these calls on purpose).
package main

import "fmt"

func main() {
	fmt.Printf("%d %!|%z\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra")
	fmt.Printf("%s %d\n", 5, "five")
	fmt.Printf("%.2f|%t\n", "str", 3)
	fmt.Printf("%[2]d %[1]d %[3]d\n", 1, 2)
	fmt.Println(fmt.Sprintf("%!", 1))
}
