package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	delete(ages, "bob")

	if age, ok := ages["alice"]; ok {
		fmt.Println("alice is", age)
	}
	_, found := ages["bob"]
	fmt.Println("bob found:", found, "missing:", ages["zed"])

	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}

	counts := make(map[rune]int)
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], len(counts))

	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	fmt.Println(nested)

	type key struct{ x, y int }
	grid := map[key]bool{{1, 2}: true}
	fmt.Println(grid[key{1, 2}], grid[key{0, 0}])
}
