// Checks that a panic value implementing fmt.Stringer (not error) is printed with its String method.
package main

type State int

func (s State) String() string { return [...]string{"idle", "running", "broken"}[s] }

func main() {
	s := State(2)
	panic(s)
}
