// The slices and cmp packages: Sort, SortFunc, SortStableFunc, BinarySearch, Contains, Index, Max
// and Min (NaN wins; an empty slice panics), Reverse, Equal; cmp.Compare and cmp.Less, and cmp.Ordered as a constraint.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

type Person struct {
	Name string
	Age  int
}

func MaxOf[T cmp.Ordered](a, b T) T {
	if cmp.Less(a, b) {
		return b
	}
	return a
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs), slices.Contains(xs, 8), slices.Index(xs, 9), slices.Index(xs, 7))
	i, ok := slices.BinarySearch(xs, 8)
	fmt.Println(i, ok, slices.Max(xs), slices.Min(xs))
	words := strings.Fields("pear apple fig banana kiwi")
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)
	people := []Person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dee", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.Reverse(people)
	fmt.Println(people, slices.IndexFunc(people, func(p Person) bool { return p.Age < 30 }))
	fmt.Println(slices.Equal(xs, []int{1, 2, 3, 5, 8, 9}), cmp.Compare("a", "b"), cmp.Compare(2.5, 1.0))
	fs := []float64{2, math.NaN(), -1}
	slices.Sort(fs)
	fmt.Println(fs, slices.Max([]float64{1, math.NaN(), 3}), MaxOf("go", "rust"), MaxOf(3, 7))
	var mu sync.Mutex
	var wg sync.WaitGroup
	var out []int
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			out = append(out, i*i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(out)
	fmt.Println(out, slices.ContainsFunc(out, func(v int) bool { return v > 10 }))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(slices.Max([]string{}))
}
