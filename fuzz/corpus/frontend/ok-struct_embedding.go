package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Dog struct {
	Animal
	*Logger
	Breed string
}

type Point struct{ X, Y int }

func main() {
	d := Dog{Animal: Animal{Name: "Rex", Legs: 4}, Logger: &Logger{prefix: "[dog] "}, Breed: "collie"}
	fmt.Println(d.Describe()) // promoted method
	d.Rename("Max")           // promoted pointer method
	fmt.Println(d.Name, d.Animal.Legs, d.Breed)
	d.Log("woof")

	p := Point{1, 2}
	q := &Point{Y: 5}
	q.X = 3
	anon := struct {
		ID   int
		Tags []string
	}{ID: 1, Tags: []string{"a"}}
	fmt.Println(p, *q, p == Point{1, 2}, anon.ID, anon.Tags)
	fmt.Printf("%+v\n", p)
}
