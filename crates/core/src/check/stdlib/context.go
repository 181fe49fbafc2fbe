// Package context as the simulator provides it.
package context

import "time"

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

type CancelFunc func()
type CancelCauseFunc func(cause error)

var Canceled error
var DeadlineExceeded error

func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc)
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc)
func WithoutCancel(parent Context) Context
func WithValue(parent Context, key, val any) Context
func Cause(c Context) error
func AfterFunc(ctx Context, f func()) (stop func() bool)

// ctx is every context the simulator makes; its state lives in the runtime.
type ctx struct{ id int }

func (c *ctx) Deadline() (deadline time.Time, ok bool)
func (c *ctx) Done() <-chan struct{}
func (c *ctx) Err() error
func (c *ctx) Value(key any) any
func (c *ctx) String() string
func (c *ctx) cancel()
func (c *ctx) cancelCause(cause error)

// afterFunc is what AfterFunc's stop function is bound to.
type afterFunc struct{ id int }

func (a *afterFunc) stop() bool
