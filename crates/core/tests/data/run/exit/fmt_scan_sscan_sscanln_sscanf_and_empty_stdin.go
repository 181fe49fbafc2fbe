// fmt's scanning functions: Sscan, Sscanln and Sscanf on the kinds they fill, with Go's
// errors, and Scan, Scanln and Scanf on the empty standard input.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	var u uint8
	var ok bool
	var i8 int8
	var f32 float32
	var bs []byte
	var r rune

	show := func(name string, n int, err error) {
		fmt.Printf("%-28s n=%d err=%v\n", name, n, err)
	}

	n, err := fmt.Sscan("12 34 go", &a, &b, &s)
	show("Sscan ints and word", n, err)
	fmt.Println(a, b, s)
	n, err = fmt.Sscan("  7\n\n 8  ", &a, &b)
	show("Sscan newlines are space", n, err)
	fmt.Println(a, b)
	n, err = fmt.Sscan("1", &a, &b)
	show("Sscan short input", n, err)
	n, err = fmt.Sscan("", &a)
	show("Sscan empty", n, err)
	n, err = fmt.Sscan("x", &a)
	show("Sscan not a number", n, err)
	n, err = fmt.Sscan("0x1F 0b101 017 -0o17 1_000", &a, &b, &s, &i8, &f)
	show("Sscan prefixes", n, err)
	fmt.Println(a, b, s, i8, f)
	n, err = fmt.Sscan("300", &u)
	show("Sscan uint8 overflow", n, err)
	n, err = fmt.Sscan("200", &i8)
	show("Sscan int8 overflow", n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	show("Sscan int out of range", n, err)
	n, err = fmt.Sscan("-5", &u)
	show("Sscan uint negative", n, err)
	n, err = fmt.Sscan("true F 1 0 TRUE", &ok, &ok, &ok, &ok, &ok)
	show("Sscan bools", n, err)
	fmt.Println(ok)
	n, err = fmt.Sscan("tru", &ok)
	show("Sscan bad bool", n, err)
	n, err = fmt.Sscan("3.25 -1e3 .5 inf NaN 0x1p-2", &f, &f32, &f, &f, &f, &f)
	show("Sscan floats", n, err)
	fmt.Println(f, f32)
	n, err = fmt.Sscan("1.5e", &f)
	show("Sscan bad float", n, err)
	n, err = fmt.Sscan("hello world", &bs, &s)
	show("Sscan bytes", n, err)
	fmt.Println(string(bs), s)
	n, err = fmt.Sscan("1 2", a, &b)
	show("Sscan non-pointer", n, err)

	n, err = fmt.Sscanln("5 6\n7", &a, &b)
	show("Sscanln", n, err)
	fmt.Println(a, b)
	n, err = fmt.Sscanln("5\n6", &a, &b)
	show("Sscanln newline early", n, err)
	n, err = fmt.Sscanln("5 6 7", &a, &b)
	show("Sscanln extra", n, err)
	n, err = fmt.Sscanln("5 6   ", &a, &b)
	show("Sscanln trailing space", n, err)
	n, err = fmt.Sscanln("", &a)
	show("Sscanln empty", n, err)

	n, err = fmt.Sscanf("12 34 go", "%d %d %s", &a, &b, &s)
	show("Sscanf", n, err)
	fmt.Println(a, b, s)
	n, err = fmt.Sscanf("x=3.5,y=ff", "x=%f,y=%x", &f, &a)
	show("Sscanf literals and hex", n, err)
	fmt.Println(f, a)
	n, err = fmt.Sscanf("abc", "%d", &a)
	show("Sscanf expected integer", n, err)
	n, err = fmt.Sscanf("a=1", "b=%d", &a)
	show("Sscanf mismatch", n, err)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	show("Sscanf too many operands", n, err)
	n, err = fmt.Sscanf("1 2", "%d %d", &a)
	show("Sscanf too few operands", n, err)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	show("Sscanf widths", n, err)
	fmt.Println(a, b)
	n, err = fmt.Sscanf("ab", "%c%c", &r, &a)
	show("Sscanf chars", n, err)
	fmt.Println(r, a)
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	show("Sscanf percent", n, err)
	fmt.Println(a)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	show("Sscanf newline vs space", n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	show("Sscanf newline in format", n, err)
	fmt.Println(a, b)
	n, err = fmt.Sscanf(`"quoted str" x`, "%q %s", &s, &bs)
	show("Sscanf quoted", n, err)
	fmt.Println(s, string(bs))
	n, err = fmt.Sscanf("7", "%s", &a)
	show("Sscanf bad verb", n, err)
	n, err = fmt.Sscanf("1 true", "%v %t", &f, &ok)
	show("Sscanf v and t", n, err)
	fmt.Println(f, ok)
	n, err = fmt.Sscanf("12", "%d ", &a)
	show("Sscanf trailing format space", n, err)
	n, err = fmt.Sscanf("", "%d", &a)
	show("Sscanf empty", n, err)
	n, err = fmt.Sscanf("5", "%d%", &a)
	show("Sscanf percent at end", n, err)

	fields := strings.Fields("3 4")
	n, err = fmt.Sscan(fields[0], &a)
	show("Sscan field", n, err)

	n, err = fmt.Scan(&a)
	show("Scan empty stdin", n, err)
	n, err = fmt.Scanln(&a)
	show("Scanln empty stdin", n, err)
	n, err = fmt.Scanf("%d", &a)
	show("Scanf empty stdin", n, err)
}
