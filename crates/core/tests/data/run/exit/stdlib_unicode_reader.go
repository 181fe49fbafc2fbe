// Checks unicode/utf8, the unicode classes and case mappings, strings.Reader and io.ReadAll.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte{0xff}))
	r, n := utf8.DecodeRuneInString(s[1:])
	r2, n2 := utf8.DecodeLastRuneInString(s)
	r3, n3 := utf8.DecodeRune([]byte{0xe4, 0xb8})
	fmt.Println(r, n, r2, n2, r3, n3, utf8.RuneLen('世'), utf8.RuneLen(-1), utf8.RuneLen(0xD800), utf8.ValidRune(0x10FFFF), utf8.ValidRune(0x110000))
	buf := make([]byte, 4)
	k := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:k], k, string(utf8.AppendRune([]byte("x"), 'é')), utf8.RuneStart(0x80), utf8.RuneStart('a'))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.FullRuneInString("\u00e9"), utf8.FullRune([]byte{0xff}), utf8.FullRune([]byte{0xe4, 0x41}), utf8.RuneError, utf8.UTFMax)
	for _, c := range []rune{'a', 'Z', '5', ' ', '\t', '!', '$', '_', 'é', 'É', 'ß', 'ª', 'µ', '²', '½', '\u00a0', '\u00ad', '×', 'Σ', 'σ', 'ǅ', '世', '٣', '①', 'Ⅻ', '\u2028', '。', '—', 'ʰ', '\x7f', 0x10FFFF + 1} {
		fmt.Println(string(c), unicode.IsLetter(c), unicode.IsDigit(c), unicode.IsNumber(c), unicode.IsSpace(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsTitle(c),
			unicode.IsPunct(c), unicode.IsControl(c), unicode.IsPrint(c), unicode.IsGraphic(c), string(unicode.ToUpper(c)), string(unicode.ToLower(c)), string(unicode.ToTitle(c)))
	}
	rd := strings.NewReader("héllo world")
	b := make([]byte, 4)
	m, err := rd.Read(b)
	fmt.Println(m, err, string(b[:m]), rd.Len(), rd.Size())
	ch, size, err := rd.ReadRune()
	fmt.Println(ch, size, err, rd.UnreadRune(), rd.UnreadRune())
	c, err := rd.ReadByte()
	fmt.Println(c, err, rd.UnreadByte())
	rest, err := io.ReadAll(rd)
	fmt.Printf("%q %v %d\n", rest, err, rd.Len())
	m, err = rd.Read(b)
	fmt.Println(m, err, err == io.EOF)
	rd.Reset("again")
	all, _ := io.ReadAll(rd)
	fmt.Println(string(all))
	var r0 io.Reader = strings.NewReader("abc")
	data, err := io.ReadAll(r0)
	fmt.Println(string(data), err)
	fmt.Println(strings.IndexFunc("Hello, World", unicode.IsUpper), strings.FieldsFunc("a1b2c3", unicode.IsDigit), strings.Map(unicode.ToUpper, "shout"), strings.TrimFunc("123abc456", unicode.IsDigit))
}
