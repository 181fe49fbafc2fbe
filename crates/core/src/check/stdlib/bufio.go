// Package bufio as the simulator provides it, in Go: Scanner with its split functions,
// Writer, and Reader, with Go's documented behaviour (a Writer's output appears when it is
// flushed or its buffer fills; a Scanner's tokens are at most its maximum size).
package bufio

import (
	"bytes"
	"io"
	"unicode"
	"unicode/utf8"
)

const (
	MaxScanTokenSize = 64 * 1024
	defaultBufSize   = 4096
)

var (
	ErrTooLong         error
	ErrNegativeAdvance error
	ErrAdvanceTooFar   error
	ErrFinalToken      error
)

// SplitFunc cuts the next token from data: how far to advance, the token (nil: none yet).
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads tokens (by default lines) from a Reader.
type Scanner struct {
	r       io.Reader
	split   SplitFunc
	max     int
	pending []byte // read and not yet consumed
	token   []byte
	readErr error // the Reader's error, once it returned one
	err     error // what Err reports
	started bool
	done    bool
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, max: MaxScanTokenSize}
}

func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}

func (s *Scanner) Buffer(buf []byte, limit int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.max = max(limit, cap(buf))
}

func (s *Scanner) Err() error { return s.err }

func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Text() string { return string(s.token) }

func (s *Scanner) fail(err error) bool {
	if s.err == nil {
		s.err = err
	}
	s.token = nil
	s.done = true
	return false
}

func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.started = true
	for {
		atEOF := s.readErr != nil
		if len(s.pending) > 0 || atEOF {
			advance, token, err := s.split(s.pending, atEOF)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return token != nil
				}
				return s.fail(err)
			}
			if advance < 0 {
				return s.fail(ErrNegativeAdvance)
			}
			if advance > len(s.pending) {
				return s.fail(ErrAdvanceTooFar)
			}
			s.pending = s.pending[advance:]
			if token != nil {
				s.token = token
				return true
			}
		}
		if atEOF {
			if s.readErr != io.EOF {
				return s.fail(s.readErr)
			}
			s.token = nil
			s.done = true
			return false
		}
		room := s.max - len(s.pending)
		if room <= 0 {
			return s.fail(ErrTooLong)
		}
		chunk := make([]byte, min(room, defaultBufSize))
		n, err := s.r.Read(chunk)
		s.pending = append(s.pending, chunk[:n]...)
		if err != nil {
			s.readErr = err
		}
	}
}

// ScanLines: each line without its end-of-line marker (`\n` or `\r\n`); the last line
// need not end with one.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, withoutCR(data[:i]), nil
	}
	if atEOF {
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

func withoutCR(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '\r' {
		return b[:len(b)-1]
	}
	return b
}

// ScanWords: each run of non-space characters.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, w := utf8.DecodeRune(data[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += w
	}
	for i := start; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if unicode.IsSpace(r) {
			return i + w, data[start:i], nil
		}
		i += w
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// ScanRunes: each UTF-8 encoded rune; an invalid encoding gives U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[:1], nil
	}
	r, w := utf8.DecodeRune(data)
	if r != utf8.RuneError || w > 1 {
		return w, data[:w], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, []byte(string(utf8.RuneError)), nil
}

// ScanBytes: each byte.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// Writer buffers what is written to it and passes it on when full or flushed.
type Writer struct {
	w    io.Writer
	buf  []byte
	size int
	err  error
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && b.size >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{w: w, buf: make([]byte, 0, size), size: size}
}

func (b *Writer) Size() int      { return b.size }
func (b *Writer) Buffered() int  { return len(b.buf) }
func (b *Writer) Available() int { return b.size - len(b.buf) }

func (b *Writer) Reset(w io.Writer) {
	b.w = w
	b.buf = b.buf[:0]
	b.err = nil
}

func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if len(b.buf) == 0 {
		return nil
	}
	n, err := b.w.Write(b.buf)
	if n < len(b.buf) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < len(b.buf) {
			copy(b.buf, b.buf[n:])
		}
		b.buf = b.buf[:len(b.buf)-n]
		b.err = err
		return err
	}
	b.buf = b.buf[:0]
	return nil
}

func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if len(b.buf) == 0 {
			// Nothing buffered: a large write goes straight through.
			n, b.err = b.w.Write(p)
		} else {
			n = copy(b.buf[len(b.buf):b.size], p)
			b.buf = b.buf[:len(b.buf)+n]
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[len(b.buf):b.size], p)
	b.buf = b.buf[:len(b.buf)+n]
	return nn + n, nil
}

func (b *Writer) WriteString(s string) (int, error) { return b.Write([]byte(s)) }

func (b *Writer) WriteByte(c byte) error {
	_, err := b.Write([]byte{c})
	return err
}

func (b *Writer) WriteRune(r rune) (int, error) { return b.Write([]byte(string(r))) }

// Reader buffers reads from another Reader.
type Reader struct {
	r       io.Reader
	pending []byte
	err     error
}

func NewReader(r io.Reader) *Reader { return NewReaderSize(r, defaultBufSize) }

func NewReaderSize(r io.Reader, size int) *Reader {
	if b, ok := r.(*Reader); ok {
		return b
	}
	return &Reader{r: r}
}

// fill reads once more from the underlying Reader; false once it has nothing more to give.
func (b *Reader) fill() bool {
	if b.err != nil {
		return false
	}
	chunk := make([]byte, defaultBufSize)
	n, err := b.r.Read(chunk)
	b.pending = append(b.pending, chunk[:n]...)
	if err != nil {
		b.err = err
	}
	return true
}

// takeErr returns the pending read error once (as Go's Reader does).
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

func (b *Reader) Buffered() int { return len(b.pending) }

func (b *Reader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for len(b.pending) == 0 {
		if !b.fill() {
			return 0, b.takeErr()
		}
	}
	n := copy(p, b.pending)
	b.pending = b.pending[n:]
	return n, nil
}

func (b *Reader) ReadByte() (byte, error) {
	for len(b.pending) == 0 {
		if !b.fill() {
			return 0, b.takeErr()
		}
	}
	c := b.pending[0]
	b.pending = b.pending[1:]
	return c, nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for !utf8.FullRune(b.pending) && b.fill() {
	}
	if len(b.pending) == 0 {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.pending)
	b.pending = b.pending[size:]
	return r, size, nil
}

func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	for {
		if i := bytes.IndexByte(b.pending, delim); i >= 0 {
			line := append([]byte(nil), b.pending[:i+1]...)
			b.pending = b.pending[i+1:]
			return line, nil
		}
		if !b.fill() {
			line := append([]byte(nil), b.pending...)
			b.pending = nil
			return line, b.takeErr()
		}
	}
}

func (b *Reader) ReadString(delim byte) (string, error) {
	line, err := b.ReadBytes(delim)
	return string(line), err
}
