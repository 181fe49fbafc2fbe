// Which runes Go calls printable (strconv.IsPrint, unicode.IsPrint, unicode.IsGraphic), for
// every rune below U+30000, and how %q, %#U and strconv.Quote escape the ones that are not.
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	var sum uint64
	n := 0
	for r := rune(0); r < 0x30000; r++ {
		p, up, g := strconv.IsPrint(r), unicode.IsPrint(r), unicode.IsGraphic(r)
		if p {
			n++
			sum = sum*31 + uint64(r)
		}
		if p != up {
			fmt.Println("strconv and unicode disagree at", r)
		}
		if g && !p {
			sum = sum*37 + uint64(r)
		}
	}
	fmt.Println(n, sum)
	fmt.Printf("%q\n", "a\u00ad\u0600\u200b\u2028\ufeff\U000e0001\U0001f600 \u0301\U00010000\U0001fffe")
	fmt.Println(strconv.Quote("\u061c\u180e\u3000\u0378"), strconv.QuoteToASCII("é\u2029"))
	fmt.Printf("%+q %#U %#U %q\n", "日本", '\u00a0', 'é', '\u0378')
}
