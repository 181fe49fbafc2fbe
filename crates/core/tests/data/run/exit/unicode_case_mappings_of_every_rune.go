// unicode.ToUpper, ToLower and ToTitle of every rune below U+20000, past the last one with a
// case (a checksum of each, and how many runes change), then the strings functions on text
// with special cases: Go's tables decide them.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var up, low, title uint64
	changed := 0
	for r := rune(0); r < 0x20000; r++ {
		u, l, t := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r)
		up = up*31 + uint64(u)
		low = low*31 + uint64(l)
		title = title*31 + uint64(t)
		if u != r || l != r || t != r {
			changed++
		}
	}
	fmt.Println(up, low, title, changed)
	fmt.Println(strings.ToUpper("ǆemal straße ǈ ΐ ﬀ ᾳ"))
	fmt.Println(strings.ToLower("ǅ İSTANBUL ΣΑΣ Ω K Å"))
	fmt.Println(strings.ToTitle("ǳ ǆ ǉ ა"))
	fmt.Println(unicode.ToUpper(-1), unicode.ToLower(0x110000), unicode.ToTitle(0xD800))
}
