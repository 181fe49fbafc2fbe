package main

import (
	"fmt"
	"sort"
)

func main() {
	var arr [5]int
	arr[0] = 1
	primes := [...]int{2, 3, 5, 7, 11}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(arr, len(primes), grid[1][2])

	s := primes[1:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(primes, s) // append wrote into primes' backing array

	dyn := make([]int, 0, 2)
	for i := 0; i < 5; i++ {
		dyn = append(dyn, i*i)
	}
	fmt.Println(dyn, len(dyn))

	dst := make([]int, 3)
	n := copy(dst, dyn)
	fmt.Println(n, dst, dyn[:2], dyn[3:], dyn[1:3:4])

	words := []string{"pear", "apple", "fig"}
	sort.Strings(words)
	nums := []int{5, 2, 8, 1}
	sort.Ints(nums)
	people := []struct {
		Name string
		Age  int
	}{{"a", 30}, {"b", 20}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(words, nums, people[0].Name)

	var nilSlice []int
	fmt.Println(nilSlice == nil, len(nilSlice))
	matrix := [][]int{{1}, {2, 3}}
	matrix[0] = append(matrix[0], 9)
	fmt.Println(matrix)
}
