// The iterator functions of strings (Go 1.24): Lines, SplitSeq, SplitAfterSeq (also with an
// empty separator), FieldsSeq and FieldsFuncSeq, stopped early by break.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	text := "alpha beta\ngamma  delta\n\nepsilon"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for r := range strings.SplitSeq("héllo", "") {
		fmt.Print(r, "|")
	}
	fmt.Println()
	n := 0
	for f := range strings.FieldsSeq("  one two\tthree\n ") {
		n++
		fmt.Println(n, f)
	}
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Print(f, " ")
		if f == "b" {
			break
		}
	}
	fmt.Println()
}
