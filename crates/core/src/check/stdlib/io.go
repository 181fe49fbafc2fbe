// Package io as the simulator provides it: the interfaces programs name, ReadAll, Copy,
// Discard and MultiWriter.
package io

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadCloser interface {
	Reader
	Closer
}

var EOF error

// ErrUnexpectedEOF: the input ended in the middle of something.
var ErrUnexpectedEOF error

// Discard is a Writer on which every Write succeeds and does nothing.
var Discard Writer

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// ErrShortWrite: a write accepted fewer bytes than asked, without an error.
var ErrShortWrite error

func ReadAll(r Reader) ([]byte, error)
func WriteString(w Writer, s string) (n int, err error)
func Copy(dst Writer, src Reader) (written int64, err error)

// MultiWriter writes to every writer in turn, as Go's does: the first error (or short
// write) stops it.
func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if mw, ok := w.(*multiWriter); ok {
			all = append(all, mw.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{all}
}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
		if n != len(p) {
			err = ErrShortWrite
			return
		}
	}
	return len(p), nil
}
