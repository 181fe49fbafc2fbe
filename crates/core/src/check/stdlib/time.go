// Package time as the simulator provides it: virtual time that advances only when every
// goroutine is blocked, starting at 2009-11-10 23:00:00 UTC as on the Go Playground.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Abs() Duration

func ParseDuration(s string) (Duration, error)

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

// Every time is in UTC: Local is UTC, as on the Go Playground.
type Location struct{ name string }

func (l *Location) String() string

var (
	UTC   *Location
	Local *Location
)

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

type Weekday int

func (d Weekday) String() string

// A Time in Go's encoding: without a monotonic reading, wall is the nanosecond within the
// second and ext the seconds since 0001-01-01 UTC; with one (times from Now), wall's top bit
// is set, its next 33 bits hold the seconds since 1885 and ext the reading. loc is nil for UTC.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func UnixMicro(usec int64) Time
func (t Time) Sub(u Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) After(u Time) bool
func (t Time) Before(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) UnixMilli() int64
func (t Time) Format(layout string) string
func (t Time) String() string
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Nanosecond() int
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) Date() (year int, month Month, day int)
func (t Time) Clock() (hour, min, sec int)
func (t Time) AddDate(years int, months int, days int) Time
func (t Time) Compare(u Time) int
func (t Time) UnixMicro() int64
func (t Time) Truncate(d Duration) Time
func (t Time) Round(d Duration) Time
func (t Time) UTC() Time
func (t Time) Local() Time
func (t Time) In(loc *Location) Time
func (t Time) Location() *Location

func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time

type Timer struct {
	C  <-chan Time
	id int
}

func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

type Ticker struct {
	C  <-chan Time
	id int
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
