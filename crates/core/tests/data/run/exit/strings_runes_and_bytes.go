// Checks strings as bytes versus runes: len, indexing, range over UTF-8, conversions.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	fmt.Println(s[0], s[1], string(s[0]), s[1:3])
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b)
	r := []rune(s)
	r[1] = 'e'
	fmt.Println(string(r), string(r[7:]))
	fmt.Println(string(rune(65)), 'a'+1, string(rune('a'+1)))
	var sb []byte
	for i := 0; i < 3; i++ {
		sb = append(sb, "ab"...)
	}
	fmt.Println(string(sb), s > "h", "abc" < "abd")
}
