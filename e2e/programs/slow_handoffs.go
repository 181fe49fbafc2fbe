// 300 hand-offs, each after copying a 65,536-element slice: few steps but seconds of work
// (the race detector checks every element), so a test can stop the run while it is still
// going. The simulator finishes 1.2 million plain hand-offs in a fraction of a second.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		src := make([]int, 1<<16)
		dst := make([]int, 1<<16)
		for i := 0; i < 300; i++ {
			copy(dst, src)
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
