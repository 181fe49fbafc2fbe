// Package os as the simulator provides it: exit and the standard streams, nothing more.
package os

type File struct{ fd int }

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
