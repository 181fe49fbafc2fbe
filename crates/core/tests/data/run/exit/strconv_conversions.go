// Checks strconv: Itoa, Atoi, ParseInt with bases, ParseFloat, ParseBool, FormatInt, Quote and errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("2024")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, _ := strconv.ParseFloat("3.25", 64)
	b, _ := strconv.ParseBool("true")
	fmt.Println(f, b)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatFloat(1.5, 'f', 3, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
	fmt.Println(strconv.AppendInt([]byte("x="), 42, 10), string(strconv.AppendInt(nil, 7, 10)))
}
