// Package slices as the simulator provides it: its functions over slices of any type.
package slices

type ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func BinarySearch[S ~[]E, E ordered](x S, target E) (int, bool)
func Contains[S ~[]E, E comparable](s S, v E) bool
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool
func Equal[S ~[]E, E comparable](s1, s2 S) bool
func Index[S ~[]E, E comparable](s S, v E) int
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int
func IsSorted[S ~[]E, E ordered](x S) bool
func Max[S ~[]E, E ordered](x S) E
func Min[S ~[]E, E ordered](x S) E
func Reverse[S ~[]E, E any](s S)
func Sort[S ~[]E, E ordered](x S)
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
