// Checks struct embedding: promoted fields and methods, shadowing and interface satisfaction.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Speaker interface{ Speak() string }

func main() {
	d := Dog{Animal{"Rex"}, "collie"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	var s Speaker = d
	fmt.Println(s.Speak())
	s = d.Animal
	fmt.Println(s.Speak())
	fmt.Printf("%+v\n", d)
}
