// A panic 200 calls deep: like Go, the traceback shows the innermost and the outermost 50
// calls and counts the ones between ("...102 frames elided...").
//@ traceback: same as go
package main

func depth(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return depth(n-1) + 1
}

func main() {
	println(depth(200))
}
