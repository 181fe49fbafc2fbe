// Checks that fmt uses String and Error methods, including on pointers and nested values.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", float64(*t)) }

type Oops struct{ Code int }

func (o Oops) Error() string { return fmt.Sprint("oops ", o.Code) }

func main() {
	fmt.Println(Red, Blue, []Color{Green, Blue})
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Blue)
	t := Temp(21.55)
	fmt.Println(t, &t)
	fmt.Println(Oops{7}, map[Color]int{Blue: 1, Red: 2})
	fmt.Printf("%+v %#v\n", Oops{8}, Green)
	fmt.Println(struct {
		C Color
		E error
	}{Blue, Oops{9}})
}
