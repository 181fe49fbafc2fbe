package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Names []string

func (n Names) Join() string { return strings.Join(n, ", ") }

type Scores map[string]int

type Op func(int, int) int

type ID int64

type Pair struct{ A, B int }

type Alias = Pair

func main() {
	var c Celsius = 100
	fmt.Println(c.ToF())
	fmt.Println(Names{"ann", "bob"}.Join())
	s := Scores{"ann": 3}
	s["bob"] = 5
	fmt.Println(len(s), s["bob"])
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add(2, 3))
	id := ID(42)
	fmt.Println(id + 1)
	var a Alias = Pair{1, 2}
	fmt.Println(a.A + a.B)
}
