// Package math/rand as the simulator provides it: seeded from the run's seed, so every run
// with the same seed draws the same numbers.
package rand

func Int() int
func Intn(n int) int
func Int31() int32
func Int31n(n int32) int32
func Int63() int64
func Int63n(n int64) int64
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func Seed(seed int64)

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Rand struct{ src int64 }

func NewSource(seed int64) Source
func New(src Source) *Rand
func (r *Rand) Intn(n int) int
func (r *Rand) Int() int
func (r *Rand) Float64() float64
func (r *Rand) Perm(n int) []int
