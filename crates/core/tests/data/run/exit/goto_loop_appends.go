// Appends in loops made with goto grow like Go's (its escape analysis treats a label that
// a later goto jumps back to as a loop).
package main

import "fmt"

func main() {
	var s []int
	i := 0
L:
	s = append(s, i)
	i++
	if i < 5 {
		goto L
	}
	fmt.Println(len(s), cap(s))
	var t []byte
	j := 0
M:
	b := make([]byte, 0)
	b = append(b, 'x')
	t = append(t, b...)
	j++
	if j < 3 {
		goto M
	}
	fmt.Println(len(t), cap(t), string(t))
}
