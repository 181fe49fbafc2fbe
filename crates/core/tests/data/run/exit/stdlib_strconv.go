// Checks strconv conversions, their error values and texts (errors.Is/As on NumError).
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(-255, 16), strconv.FormatUint(math.MaxUint64, 2), strconv.FormatInt(35, 36))
	for _, s := range []string{"42", "-17", "+8", "x", "", "99999999999999999999", "-99999999999999999999", "1_000", " 1", "0x1F"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	cases := []struct {
		s          string
		base, bits int
	}{{"0x1F", 0, 64}, {"0b1010", 0, 8}, {"0o17", 0, 16}, {"017", 0, 32}, {"1_000", 0, 64}, {"1__0", 0, 64},
		{"_10", 0, 64}, {"ff", 16, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8}, {"z", 36, 64},
		{"12", 1, 64}, {"12", 10, 65}, {"-0x8000000000000000", 0, 64}}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "-1"} {
		u, err := strconv.ParseUint(s, 10, 64)
		fmt.Println(u, err)
	}
	for _, s := range []string{"3.14159", "1e10", "inf", "-Infinity", "NaN", "+nan", "1e400", "-1e400", "1e-400",
		"0x1p-2", "0x1.8p1", "0x1", ".5", "5.", "1_000.5", "1e", "abc", "1.5e+3", "0X1P+3", "4e38", "1.00000017881393432617187499"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, g, err32)
	}
	for _, f := range []float64{0, 1, -1.5, math.Pi, 1e21, 1e-7, 123456789.0, 0.1, 2.5, math.Inf(1), math.NaN(), math.Copysign(0, -1), 1.0 / 3.0} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'G', 4, 64),
			strconv.FormatFloat(f, 'f', -1, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'F', -1, 64))
	}
	for _, s := range []string{"1", "t", "TRUE", "yes", "False", "0"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	_, err := strconv.Atoi("nope")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	fmt.Println(string(strconv.AppendInt([]byte("n="), -12, 10)), strconv.FormatBool(false), strconv.IntSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(1, 37)
}
