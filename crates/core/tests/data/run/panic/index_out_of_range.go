// Checks the runtime error for indexing a slice past its length.
package main

import "fmt"

func main() {
	nums := []int{10, 20, 30}
	for i := 0; i <= len(nums); i++ {
		fmt.Println("nums[", i, "] =", nums[i])
	}
}
