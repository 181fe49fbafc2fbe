// A generic worker pool: jobs of one type in, results of another out, sorted at the end.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Result[In, Out any] struct {
	Input  In
	Output Out
	Worker int
}

func Pool[In, Out any](workers int, jobs []In, f func(In) Out) []Result[In, Out] {
	jc := make(chan In)
	rc := make(chan Result[In, Out], len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jc {
				rc <- Result[In, Out]{Input: j, Output: f(j), Worker: id}
			}
		}(w)
	}
	for _, j := range jobs {
		jc <- j
	}
	close(jc)
	wg.Wait()
	close(rc)
	var out []Result[In, Out]
	for r := range rc {
		out = append(out, r)
	}
	return out
}

func main() {
	res := Pool(3, []int{5, 3, 9, 1, 7}, func(i int) string { return strconv.Itoa(i * i) })
	sort.Slice(res, func(a, b int) bool { return res[a].Input < res[b].Input })
	for _, r := range res {
		fmt.Printf("%d -> %s\n", r.Input, r.Output)
	}
	res2 := Pool(2, []string{"ccc", "a", "bb"}, func(s string) int { return len(s) })
	sort.Slice(res2, func(a, b int) bool { return res2[a].Output < res2[b].Output })
	for _, r := range res2 {
		fmt.Printf("%q:%d ", r.Input, r.Output)
	}
	fmt.Println()
	fmt.Printf("%T\n", res2[0])
	fmt.Printf("%T\n", res)
}
