// goto: backward loops, out of nested range loops to a label after a return, out of switch
// and select cases, in goroutines, and a fresh variable each time a declaration is re-run.
package main

import (
	"fmt"
	"sync"
)

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	fmt.Println("not found")
	return -1, -1
done:
	return 1, 1
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}}, 9))

	var wg sync.WaitGroup
	results := make(chan int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
		retry:
			n++
			if n < w+2 {
				goto retry
			}
			results <- n
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
	var fs []func() int
	k := 0
again:
	x := k
	fs = append(fs, func() int { return x })
	k++
	if k < 3 {
		goto again
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	switch k {
	case 3:
		goto out
	}
	fmt.Println("not here")
out:
	select {
	default:
		goto end
	}
end:
	fmt.Println("end")
}
