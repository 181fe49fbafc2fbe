// Package os as the simulator provides it: exit, the standard streams and an empty
// environment.
package os

type File struct{ fd int }

func (f *File) Name() string
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)

var (
	Stdout *File
	Stderr *File
	Args   []string
)

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
