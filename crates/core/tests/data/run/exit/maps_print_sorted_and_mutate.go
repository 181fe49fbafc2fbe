// Checks map insertion, update, delete, comma-ok lookup, len and fmt printing with sorted keys.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"carol": 35, "alice": 30}
	ages["bob"] = 25
	ages["alice"]++
	fmt.Println(ages, len(ages))
	v, ok := ages["dave"]
	fmt.Println(v, ok)
	delete(ages, "carol")
	delete(ages, "nobody")
	fmt.Println(ages)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	nested := map[int][]string{2: {"b"}, 1: {"a", "z"}}
	nested[3] = append(nested[3], "c")
	fmt.Printf("%v %d\n", nested, len(nested[99]))
}
