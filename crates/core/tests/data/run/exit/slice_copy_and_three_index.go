// Checks copy semantics, sub-slicing shared arrays and the capacity limit of three-index slices.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:5]
	fmt.Println(s, len(s), cap(s))
	t := base[2:5:6]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(base)
	t = append(t, 200)
	t[0] = -1
	fmt.Println(base, t)
	bs := make([]byte, 5)
	fmt.Println(copy(bs, "hello world"), string(bs))
	arr := [4]string{"a", "b", "c", "d"}
	sl := arr[1:3]
	sl[0] = "B"
	fmt.Println(arr, len(arr))
}
