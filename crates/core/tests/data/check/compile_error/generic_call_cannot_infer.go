//@ error: 12:10: in call to Zero, cannot infer T (declared at 4:11)
package main

func Zero[T any]() T {
	var z T
	return z
}

func Pair[K comparable, V any](k K) map[K]V { return nil }

func main() {
	_ = Zero()
	_ = Pair(1)
}
