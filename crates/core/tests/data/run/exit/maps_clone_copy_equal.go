// The maps package's functions without iterators: Clone, Copy (into a nil map panics), DeleteFunc, Equal,
// EqualFunc; workers fill private maps that main merges.
package main

import (
	"fmt"
	"maps"
	"strings"
	"sync"
)

func main() {
	counts := map[string]int{"go": 3, "rust": 1, "zig": 0}
	snapshot := maps.Clone(counts)
	counts["go"]++
	fmt.Println(snapshot, counts, maps.Equal(snapshot, counts))
	maps.DeleteFunc(snapshot, func(k string, v int) bool { return v == 0 })
	fmt.Println(snapshot, len(snapshot))
	merged := map[string]int{"c": 9}
	maps.Copy(merged, snapshot)
	fmt.Println(merged)
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, maps.Equal(nilMap, map[string]int{}))

	// Workers fill private maps; main merges them.
	var wg sync.WaitGroup
	parts := make([]map[int]int, 3)
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := map[int]int{}
			for i := w * 10; i < w*10+3; i++ {
				m[i] = i * i
			}
			parts[w] = m
		}()
	}
	wg.Wait()
	all := map[int]int{}
	for _, p := range parts {
		maps.Copy(all, p)
	}
	fmt.Println(len(all), all[21])
	defer func() { fmt.Println("recovered:", recover()) }()
	maps.Copy(nilMap, map[string]int{"x": 1})
}
