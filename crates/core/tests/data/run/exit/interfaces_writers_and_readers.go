// Checks interfaces, type switches, io.Writer implementations and io.ReadAll in one program.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct{ name string }

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }

type byName []Animal

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type Walker interface{ Walk() string }
type Runner interface {
	Walker
	Run() string
}
type Athlete struct{}

func (Athlete) Walk() string { return "walking" }
func (Athlete) Run() string  { return "running" }

func main() {
	zoo := []Animal{Dog{"rex"}, &Cat{"tom"}, Dog{"ace"}}
	sort.Sort(byName(zoo))
	for _, a := range zoo {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	var w io.Writer = upperWriter{os.Stdout}
	fmt.Fprintf(w, "hello %s\n", "world")
	var r Runner = Athlete{}
	var wk Walker = r
	fmt.Println(wk.Walk(), r.Run())
	_, isRunner := wk.(Runner)
	fmt.Println(isRunner)
	var a Animal
	fmt.Println(a == nil)
	var c *Cat
	a = c
	fmt.Println(a == nil, a != nil)
	rd := strings.NewReader("line one\nline two\n")
	data, _ := io.ReadAll(rd)
	fmt.Printf("%q\n", data)
	var sb strings.Builder
	io.WriteString(&sb, "abc")
	io.Copy(&sb, strings.NewReader("def"))
	fmt.Println(sb.String())
	m := map[string]Animal{"d": Dog{"fido"}}
	if d, ok := m["d"].(Dog); ok {
		fmt.Println("dog", d.name)
	}
	var any1 any = 42
	var any2 any = 42
	fmt.Println(any1 == any2, any1 != any(int64(42)))
}
