// Checks fmt width, precision and flags: %5d %-8s %.2f %08.3f %+d %x with padding.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%8s][%-8s][%.2s][%8.3s]\n", "go", "go", "golang", "golang")
	fmt.Printf("[%f][%.2f][%8.3f][%-8.1f][%08.3f]\n", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159)
	fmt.Printf("[%6.2f%%][%x][% x][%#08x]\n", 99.5, "hey", []byte{1, 2, 255}, 255)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 7, 4, 7, 1, 2.55)
	fmt.Printf("[%10v][%-10v][%6t]\n", []int{1, 2}, struct{ A int }{1}, false)
	fmt.Printf("[%3c][%-4q][%10.4e]\n", 'z', 'z', 12345.6789)
	for _, row := range [][2]any{{"apples", 3}, {"kiwis", 12}, {"figs", 100}} {
		fmt.Printf("%-8s|%5d|\n", row[0], row[1])
	}
	fmt.Printf("%.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, 0.25)
}
