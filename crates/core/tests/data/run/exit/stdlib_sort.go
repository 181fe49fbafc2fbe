// Checks sort: Go's pdqsort order of equal elements in sort.Slice, stable sorts, searches.
package main

import (
	"fmt"
	"math"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 100))
	fl := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1)}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s([]float64{1, 2, 3}, 2.5))
	ss := []string{"pear", "apple", "fig", "Banana", "apple2"}
	sort.Strings(ss)
	fmt.Println(ss, sort.StringsAreSorted(ss), sort.SearchStrings(ss, "fig"))
	var people []person
	for i := 0; i < 60; i++ {
		people = append(people, person{fmt.Sprintf("p%02d", i), (i * 7919) % 5})
	}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	var people2 []person
	for i := 0; i < 60; i++ {
		people2 = append(people2, person{fmt.Sprintf("q%02d", i), (i * 31) % 7})
	}
	sort.SliceStable(people2, func(i, j int) bool { return people2[i].age > people2[j].age })
	fmt.Println(people2)
	ppl := byAge{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}, {"e", 20}, {"f", 5}, {"g", 30}, {"h", 20}, {"i", 1}, {"j", 2}, {"k", 30}, {"l", 20}, {"m", 10}, {"n", 0}}
	sort.Sort(ppl)
	fmt.Println(ppl, sort.IsSorted(ppl))
	sort.Sort(sort.Reverse(ppl))
	fmt.Println(ppl)
	sort.Stable(ppl)
	fmt.Println(ppl)
	big := make([]int, 300)
	for i := range big {
		big[i] = (i * 7727) % 1000
	}
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	fmt.Println(big[:10], big[290:])
	sort.IntSlice(big).Sort()
	fmt.Println(big[:10], sort.IntSlice(big).Search(500), sort.StringSlice([]string{"b", "a"}).Len())
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	i, found := sort.Find(len(ss), func(i int) int {
		switch {
		case "fig" < ss[i]:
			return -1
		case "fig" == ss[i]:
			return 0
		}
		return 1
	})
	fmt.Println(i, found, sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] < ints[j] }))
	desc := make([]int, 61)
	for i := range desc {
		desc[i] = 9 - i
	}
	calls := 0
	sort.Slice(desc, func(i, j int) bool { calls++; return desc[i]/3 < desc[j]/3 })
	fmt.Println(desc, calls)
}
