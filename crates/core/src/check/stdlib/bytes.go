// Package bytes as the simulator provides it: Buffer for building output and reading it
// back, Reader, and the common functions over byte slices.
package bytes

import (
	"io"
	"unicode/utf8"
)

// A Buffer's buf is an ordinary byte slice the natives append to (self is unused: the
// layout matches strings.Builder's, whose natives Buffer shares).
type Buffer struct {
	self *Buffer
	buf  []byte
}

func NewBuffer(buf []byte) *Buffer
func NewBufferString(s string) *Buffer
func (b *Buffer) Bytes() []byte
func (b *Buffer) Cap() int
func (b *Buffer) Grow(n int)
func (b *Buffer) Len() int
func (b *Buffer) Reset()
func (b *Buffer) String() string
func (b *Buffer) Truncate(n int)
func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) WriteRune(r rune) (n int, err error)
func (b *Buffer) WriteString(s string) (n int, err error)

// The reading methods, in Go: what is read leaves the front of buf.

func (b *Buffer) Read(p []byte) (n int, err error) {
	if len(b.buf) == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf)
	b.buf = b.buf[n:]
	return n, nil
}

func (b *Buffer) Next(n int) []byte {
	n = min(max(n, 0), len(b.buf))
	data := b.buf[:n]
	b.buf = b.buf[n:]
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if len(b.buf) == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[0]
	b.buf = b.buf[1:]
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if len(b.buf) == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf)
	b.buf = b.buf[size:]
	return r, size, nil
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf, delim)
	end := i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = append([]byte(nil), b.buf[:end]...)
	b.buf = b.buf[end:]
	return line, err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	bs, err := b.ReadBytes(delim)
	return string(bs), err
}

// A Reader reads a byte slice.
type Reader struct {
	s []byte
	i int
}

func NewReader(b []byte) *Reader { return &Reader{b, 0} }

func (r *Reader) Len() int { return len(r.s) - r.i }

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(p []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

func (r *Reader) ReadByte() (byte, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= len(r.s) {
		return 0, 0, io.EOF
	}
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += size
	return ch, size, nil
}

func Compare(a, b []byte) int
func Contains(b, subslice []byte) bool
func ContainsAny(b []byte, chars string) bool
func ContainsRune(b []byte, r rune) bool
func Count(s, sep []byte) int
func Equal(a, b []byte) bool
func EqualFold(s, t []byte) bool
func HasPrefix(s, prefix []byte) bool
func HasSuffix(s, suffix []byte) bool
func Index(s, sep []byte) int
func IndexByte(b []byte, c byte) int
func LastIndex(s, sep []byte) int
func Repeat(b []byte, count int) []byte
func ToLower(s []byte) []byte
func ToTitle(s []byte) []byte
func ToUpper(s []byte) []byte
func TrimSpace(s []byte) []byte
