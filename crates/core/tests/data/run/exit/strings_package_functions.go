// Checks common strings functions: Split, Join, Fields, Contains, Index, Replace, Builder and more.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  the quick brown fox  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "/"))
	fmt.Println(strings.Contains(s, "quick"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.ToUpper("hello"), strings.ToLower("HeLLo"), strings.ToTitle("x"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.EqualFold("Go", "GO"))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
}
