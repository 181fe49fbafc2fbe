//@ error: 9:11: cannot infer V (declared at 6:25)
package main

import "fmt"

func Pair[K comparable, V any](k K) map[K]V { return nil }

func main() {
	f := Pair[int]
	fmt.Println(f(1))
}
