// Checks the common fmt verbs: %v %+v %#v %T %d %s %q %x %t %c %o %b %e %g.
package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

func main() {
	p := Point{1, -2, "a"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, []int{1, 2}, []string{"x"}, map[string]int{})
	fmt.Printf("%d|%s|%q|%x|%X|%t\n", 42, "str", "quo\"te", 255, "hi", true)
	fmt.Printf("%c|%U|%o|%O|%b|%#x|%08b\n", 'G', 'G', 8, 8, 5, 255, 5)
	fmt.Printf("%e|%g|%G|%v\n", 123456.789, 0.000001234, 1e21, 1.0)
	fmt.Printf("%q|%v|%d|%s\n", 'x', 'x', []byte("ab"), []byte("ab"))
	fmt.Printf("%v|%d|%s\n", nil, []any{1, "a"}, fmt.Errorf("err"))
	fmt.Printf("%#v|%#v|%#v|%#v\n", 42, "s", 1.5, map[string]bool{"k": true})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
}
