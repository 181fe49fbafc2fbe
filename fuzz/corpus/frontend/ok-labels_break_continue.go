package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}

outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
		}
	}

rows:
	for _, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				continue rows
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()

	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			fmt.Println("got", v)
		}
	}

	i := 0
again:
	for {
		if i < 3 {
			i++
			continue again
		}
		break again
	}
	fmt.Println("i =", i)

sw:
	switch {
	case i == 3:
		for {
			break sw
		}
	}
	fmt.Println("end")
}
