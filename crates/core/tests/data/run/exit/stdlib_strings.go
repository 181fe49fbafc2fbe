// Checks the strings package: searching, splitting, case mapping, trimming and callbacks.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World! héllo wörld  "
	fmt.Printf("%q\n", strings.ToUpper(s))
	fmt.Printf("%q\n", strings.ToLower(s))
	fmt.Printf("%q\n", strings.Title("hello wide world_x o'neil ǆemal 3rd"))
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q %q\n", strings.Fields(s), strings.Fields(" a\u00a0b\u2003c\u0085d "))
	fmt.Printf("%q %q %q\n", strings.Split("a,b,,c", ","), strings.Split("héllo", ""), strings.Split("", ","))
	fmt.Printf("%q %v\n", strings.SplitN("a,b,c,d", ",", 2), strings.SplitN("a,b", ",", 0) == nil)
	fmt.Printf("%q %q\n", strings.SplitAfter("a,b,c", ","), strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("ééé", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("K", "\u212a"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.IndexByte("golang", 'l'),
		strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.LastIndex("go gopher", "go"), strings.LastIndexByte("golang", 'g'))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Repeat("na", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("aaa", "", "-"), strings.Replace("héllo", "", "|", 3))
	fmt.Printf("%q %q %q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("¡¡¡Hello!!!", "!¡"), strings.TrimRight("¡¡¡Hello!!!", "!¡"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("¡¡¡Hello", "¡¡"), strings.TrimSuffix("Hello.go", ".go"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("keyvalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	a, ok := strings.CutPrefix("prefix-body", "prefix-")
	b, ok2 := strings.CutSuffix("body.txt", ".go")
	fmt.Println(a, ok, b, ok2)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Clone("clone"))
	fmt.Println(strings.Map(func(r rune) rune {
		switch r {
		case 'a':
			return 'A'
		case 'x':
			return -1
		}
		return r
	}, "banana xx"))
	isVowel := func(r rune) bool { return strings.ContainsRune("aeiou", r) }
	fmt.Println(strings.IndexFunc("hello", isVowel), strings.LastIndexFunc("hello", isVowel), strings.ContainsFunc("xyz", isVowel))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return c == ';' || c == ',' || c == '.' || c == ' ' }))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("aaheyaa", isVowel), strings.TrimLeftFunc("aaheyaa", isVowel), strings.TrimRightFunc("aaheyaa", isVowel))
	fmt.Println(strings.ToTitle("loud ǆ"), strings.ToUpper("ß straße ǳ"), strings.ToLower("İSTANBUL ΣΑΣ"))
	bad := string([]byte{'a', 0xff, 'b', 0xfe, 0xfd, 'c'})
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8(bad, "?"), strings.ToUpper(bad), strings.Fields(bad))
}
