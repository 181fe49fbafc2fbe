package main

import "fmt"

func main() {
	// 3-clause
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// condition only
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)

	// infinite with break
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println(count)

	// range over int (Go 1.22)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	for range 2 {
		fmt.Print("x ")
	}
	fmt.Println()

	// range over slice
	for i, v := range []string{"a", "b"} {
		fmt.Print(i, v, " ")
	}
	for i := range []int{7, 8} {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// range over map (single key so the output is stable)
	for k, v := range map[string]int{"one": 1} {
		fmt.Println(k, v)
	}

	// range over string yields byte offsets and runes
	for i, r := range "aé!" {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()

	// range over channel
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)

	// multiple loop variables and continue
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		if i == 1 {
			continue
		}
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()

	// range over an array and a pointer to an array
	arr := [3]int{1, 2, 3}
	for i := range &arr {
		arr[i] *= 2
	}
	for _, v := range arr {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
