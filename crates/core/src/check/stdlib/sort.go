// Package sort as the simulator provides it.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Sort(data Interface)
func Stable(data Interface)
func SearchInts(a []int, x int) int
func Search(n int, f func(int) bool) int
func IntsAreSorted(x []int) bool
