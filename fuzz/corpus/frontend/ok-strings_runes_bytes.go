package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1:3] == "é", strings.ToUpper(s))
	for i, r := range s {
		if r > 127 {
			fmt.Print(i, ":", string(r), " ")
		}
	}
	fmt.Println()

	runes := []rune(s)
	fmt.Println(len(runes), string(runes[7:]))

	b := []byte("abc")
	b[0] = 'A'
	b = append(b, "def"...)
	fmt.Println(string(b), b[1])

	var r rune = 'x'
	var c byte = 'y'
	fmt.Println(r, c, string(r)+string(rune(c)))

	fmt.Println(strings.Split("a,b,c", ","), strings.Contains(s, "llo"), strings.Repeat("ab", 3))
	fmt.Println(strings.Fields("  a  b "), strings.TrimSpace("  x "), strings.HasPrefix(s, "hé"))
	fmt.Println(strings.Index("chicken", "ken"), strings.ReplaceAll("oink oink", "k", "ky"))

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strconv.Itoa(i))
	}
	fmt.Println(sb.String())

	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("x")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("2.5", 64)
	fmt.Println(f, strconv.Quote("hi"), strconv.FormatInt(255, 2))
	raw := `raw\nstring`
	fmt.Println(raw, len(raw))
}
