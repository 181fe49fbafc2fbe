// Package iter as the simulator provides it: the types of iterators over sequences.
package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)
