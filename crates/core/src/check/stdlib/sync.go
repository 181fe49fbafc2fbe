// Package sync as the simulator provides it. Each type's state lives in the simulator; the
// struct field only gives the type a zero value and a size.
package sync

type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct{ state int32 }

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct{ state int32 }

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker

type rlocker struct{ rw *RWMutex }

func (r *rlocker) Lock()
func (r *rlocker) Unlock()

type WaitGroup struct{ state int32 }

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
func (wg *WaitGroup) Go(f func())

// A Once is done (1), or running its f (2), and has a mutex, as Go's.
type Once struct {
	done int32
	m    Mutex
}

func (o *Once) Do(f func())
func (o *Once) finish()

// OnceFunc returns a function that calls f only the first time it is called.
func OnceFunc(f func()) func()

// OnceValue and OnceValues return functions that call f only the first time they are
// called and return its results.
func OnceValue[T any](f func() T) func() T
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2)

// A Pool keeps objects for reuse, as Go's does on one processor: a private slot and a
// stack, so Get returns the first object Put, then the others newest first.
type Pool struct {
	private any
	shared  []any
	New     func() any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)

// A Cond's state holds the runtime's list of its waiters.
type Cond struct {
	L     Locker
	state int32
}

func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// A Map's state holds the runtime's map of its entries.
type Map struct{ state int32 }

func (m *Map) Clear()
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) Delete(key any)
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Store(key, value any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
