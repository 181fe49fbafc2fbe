// Package runtime as the simulator provides it.
package runtime

func Gosched()
func Goexit()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int

// GC runs a garbage collection: the simulator has nothing to collect, so it returns at once.
func GC() {}

// Error identifies a run-time error: the value of a panic the runtime raises.
type Error interface {
	error
	RuntimeError()
}

// The runtime's panic values, with Go's type names. errorString and boundsError hold the
// message without its "runtime error: " prefix, which Error adds.
type errorString string

func (e errorString) Error() string
func (e errorString) RuntimeError()

type boundsError string

func (e boundsError) Error() string
func (e boundsError) RuntimeError()

// plainError is a run-time error whose message has no "runtime error: " prefix.
type plainError string

func (e plainError) Error() string
func (e plainError) RuntimeError()

// A PanicNilError is the panic value of panic(nil) (since Go 1.21).
type PanicNilError struct{ _ [0]*PanicNilError }

func (*PanicNilError) Error() string
func (*PanicNilError) RuntimeError()

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string
func (*TypeAssertionError) RuntimeError()
