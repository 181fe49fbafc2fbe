// Checks strings.Builder (also as an io.Writer for fmt.Fprintf) and strings.NewReplacer.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('é')
	n, err := b.Write([]byte(" ok"))
	fmt.Println(b.String(), b.Len(), n, err)
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	fmt.Println(b.Cap() >= 64, b.Len())
	lines := []string{"alpha", "beta", "gamma"}
	var out strings.Builder
	for i, l := range lines {
		if i > 0 {
			out.WriteString(", ")
		}
		fmt.Fprint(&out, i, ":", l)
	}
	fmt.Fprintln(&out)
	fmt.Print(out.String())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "1", "aa", "2")
	fmt.Println(r.Replace("This is <b>HTML</b>! aaa"))
	fmt.Println(strings.NewReplacer("", "X", "b", "Y").Replace("abc"))
	fmt.Println(strings.NewReplacer("hello", "bye").Replace("hello hello world"))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
