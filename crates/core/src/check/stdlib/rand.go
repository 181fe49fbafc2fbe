// Package math/rand as the simulator provides it. The top-level functions draw from the run's
// seeded generator (so every run with the same seed draws the same numbers, and Seed has no
// effect, as in Go 1.24); a Rand made by New(NewSource(seed)) is Go's own generator and draws
// exactly what Go draws for that seed.
package rand

func ExpFloat64() float64
func Float32() float32
func Float64() float64
func Int() int
func Int31() int32
func Int31n(n int32) int32
func Int63() int64
func Int63n(n int64) int64
func Intn(n int) int
func NormFloat64() float64
func Perm(n int) []int
func Seed(seed int64)
func Shuffle(n int, swap func(i, j int))
func Uint32() uint32
func Uint64() uint64

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is Go's additive lagged Fibonacci generator.
type rngSource struct {
	tap  int
	feed int
	vec  []int64
}

func (rng *rngSource) Int63() int64
func (rng *rngSource) Seed(seed int64)
func (rng *rngSource) Uint64() uint64

type Rand struct{ src Source }

func NewSource(seed int64) Source
func New(src Source) *Rand
func (r *Rand) ExpFloat64() float64
func (r *Rand) Float32() float32
func (r *Rand) Float64() float64
func (r *Rand) Int() int
func (r *Rand) Int31() int32
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Int63() int64
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Intn(n int) int
func (r *Rand) NormFloat64() float64
func (r *Rand) Perm(n int) []int
func (r *Rand) Seed(seed int64)
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
