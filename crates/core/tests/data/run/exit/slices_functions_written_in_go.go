// slices functions written in Go in the simulated library (Clone, Insert, Delete, Compact,
// Grow, Concat, Repeat, Replace, MaxFunc, BinarySearchFunc, Clip...): results and
// capacities as Go gives them, and the panic of an empty MaxFunc.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type task struct {
	name string
	prio int
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	c := slices.Clone(s)
	fmt.Println(c, len(c), cap(c), slices.Clone([]int(nil)) == nil)
	fmt.Println(slices.Insert(c, 2, 10, 11), slices.Insert([]int{1, 2}, 2, 3))
	d := slices.Clone(s)
	fmt.Println(slices.Delete(d, 1, 3), d)
	e := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(slices.DeleteFunc(e, func(x int) bool { return x%2 == 0 }), e)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	words := []string{"Go", "go", "GO", "rust", "Rust"}
	fmt.Println(slices.CompactFunc(words, strings.EqualFold))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.Repeat([]string{"a", "b"}, 3))
	fmt.Println(slices.Replace([]int{0, 1, 2, 3, 4}, 1, 3, 7, 8, 9), slices.Replace([]int{0, 1, 2, 3}, 1, 3, 7))
	tasks := []task{{"b", 2}, {"a", 5}, {"c", 5}, {"d", 1}}
	byPrio := func(a, b task) int { return cmp.Compare(a.prio, b.prio) }
	fmt.Println(slices.MaxFunc(tasks, byPrio), slices.MinFunc(tasks, byPrio))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	sorted := []task{{"a", 1}, {"b", 3}, {"c", 5}}
	fmt.Println(slices.BinarySearchFunc(sorted, 3, func(t task, p int) int { return cmp.Compare(t.prio, p) }))
	fmt.Println(slices.BinarySearchFunc(sorted, 4, func(t task, p int) int { return cmp.Compare(t.prio, p) }))
	cl := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(cl), cap(cl))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.MaxFunc([]task{}, byPrio)
}
