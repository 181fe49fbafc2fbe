// Checks sort.Ints, sort.Strings, sort.Slice, sort.SliceStable and sort.Search.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 6))
	fmt.Println(sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 8 }))
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(strs)
}
