// Checks variadic functions called with no args, several args and a spread slice.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return fmt.Sprintf("%d parts: %s", len(parts), strings.Join(parts, sep))
}

func modify(vals ...int) { vals[0] = -1 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(join("-"), join("-", "a", "b", "c"))
	modify(nums...)
	fmt.Println(nums)
	fmt.Println(append([]int{0}, nums...))
}
