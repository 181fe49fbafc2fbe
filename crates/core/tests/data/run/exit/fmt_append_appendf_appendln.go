// fmt.Append, Appendf and Appendln: text as Sprint/Sprintf/Sprintln make it, appended with
// append's growth (into the given buffer when it has room).
package main

import "fmt"

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	var b []byte
	b = fmt.Append(b, "n=", 3, point{1, 2})
	fmt.Println(string(b), len(b), cap(b))
	b = fmt.Appendf(b, " %05.1f|%q", 3.14159, "hi")
	fmt.Println(string(b), len(b), cap(b))
	b = fmt.Appendln(b[:0], "x", 1, true)
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	buf := make([]byte, 0, 64)
	out := fmt.Appendf(buf, "%d-%d", 1, 2)
	fmt.Println(string(out), cap(out), &out[0] == &buf[:1][0])
}
