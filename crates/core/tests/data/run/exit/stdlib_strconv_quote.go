// Checks strconv's quoting and unquoting of strings and runes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("Hello, 世界\n\t\"x\"\x01"), strconv.QuoteToASCII("Hello, 世界"))
	fmt.Println(strconv.Quote(string([]byte{'a', 0xff, 'b'})), strconv.Quote("\u00ad\u200b\U0001F600"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRune('"'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune(0x110000))
	for _, s := range []string{`"hello\nworld"`, "`raw\\n`", `'a'`, `'ab'`, `"\u263a"`, `"\x41\101"`, `"unterminated`, `hello`,
		`"a"b"`, `'\''`, `"\'"`, `""`, "`a\rb`", `"é"`, `'\x80'`, `"\400"`, `"\U00110000"`, `'☺'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	fmt.Println(strconv.CanBackquote("abc`"), strconv.CanBackquote("abc"), strconv.CanBackquote("a\tb"), strconv.CanBackquote("a\nb"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsPrint('☺'), strconv.IsPrint('\t'))
	fmt.Println(string(strconv.AppendQuote([]byte("q="), "hi\n")))
}
