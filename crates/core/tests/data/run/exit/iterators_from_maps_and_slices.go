// The iterator functions of maps and slices (Go 1.23): sorted keys of a map fan out to
// workers, whose results come back over a channel and are collected, chunked and walked
// backwards; maps.Collect and maps.Insert rebuild a map from a sequence of pairs.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type result struct {
	city  string
	score int
}

func main() {
	temps := map[string][]int{
		"oslo":   {3, 5, 4},
		"lisbon": {18, 21, 19},
		"cairo":  {30, 33, 35},
		"lima":   {17, 16, 18},
	}
	out := make(chan result)
	var wg sync.WaitGroup
	for _, city := range slices.Sorted(maps.Keys(temps)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for _, t := range slices.All(temps[city]) {
				sum += t
			}
			out <- result{city, sum / len(temps[city])}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	byCity := map[string]int{}
	for r := range out {
		byCity[r.city] = r.score
	}
	names := slices.Collect(maps.Keys(byCity))
	slices.Sort(names)
	fmt.Println(strings.Join(names, " "))
	warmest := slices.SortedFunc(maps.Keys(byCity), func(a, b string) int {
		return byCity[b] - byCity[a]
	})
	fmt.Println("warmest first:", warmest)
	for i, c := range slices.Backward(warmest) {
		fmt.Print(i, "=", c, " ")
	}
	fmt.Println()
	for batch := range slices.Chunk(warmest, 3) {
		fmt.Println("batch", batch, len(batch))
	}
	index := maps.Collect(slices.All(warmest))
	maps.Insert(index, maps.All(map[int]string{9: "reykjavik"}))
	fmt.Println(index)
	total := 0
	for v := range maps.Values(byCity) {
		total += v
	}
	fmt.Println("total", total)
	seen := slices.AppendSeq([]string{"start"}, slices.Values(names[:2]))
	fmt.Println(seen, len(seen))
}
