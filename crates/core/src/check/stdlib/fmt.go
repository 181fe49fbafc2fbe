// Package fmt as the simulator provides it. Functions and variables without bodies or values are
// implemented natively by the runtime.
package fmt

import (
	"errors"
	"io"
	"math"
	"strconv"
	"unicode/utf8"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string
func (e *wrapError) Unwrap() error

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string
func (e *wrapErrors) Unwrap() []error

// Scanning, as Go's fmt scans: the same states, the same errors. Standard input is empty, so
// Scan, Scanln and Scanf scan an empty string. Pointers to named types (which Go fills through
// reflection) and the Scanner interface are not simulated.

func Sscan(str string, a ...any) (n int, err error) {
	s := &ss{src: str, argLimit: hugeWid, nlIsSpace: true}
	return s.doScan(a)
}

func Sscanln(str string, a ...any) (n int, err error) {
	s := &ss{src: str, argLimit: hugeWid, nlIsEnd: true}
	return s.doScan(a)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	s := &ss{src: str, argLimit: hugeWid}
	return s.doScanf(format, a)
}

func Scan(a ...any) (n int, err error)                 { return Sscan("", a...) }
func Scanln(a ...any) (n int, err error)               { return Sscanln("", a...) }
func Scanf(format string, a ...any) (n int, err error) { return Sscanf("", format, a...) }

const eof = -1

// hugeWid is the width of a verb without one.
const hugeWid = 1 << 30

// ss is one scan's state. Errors are kept in err, where Go's fmt panics and recovers: once
// err is set every read returns eof and nothing more is stored.
type ss struct {
	src       string
	pos       int // byte offset of the next rune
	last      int // size of the last rune read, for unreadRune
	count     int // runes read
	atEOF     bool
	argLimit  int // count at which the current operand's input ends
	nlIsSpace bool
	nlIsEnd   bool
	buf       []byte
	err       error
}

func (s *ss) errorString(text string) {
	if s.err == nil {
		s.err = errors.New(text)
	}
}

func (s *ss) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

func (s *ss) getRune() rune {
	if s.err != nil || s.atEOF || s.count >= s.argLimit {
		return eof
	}
	if s.pos >= len(s.src) {
		s.atEOF = true
		return eof
	}
	r, w := utf8.DecodeRuneInString(s.src[s.pos:])
	s.pos += w
	s.last = w
	s.count++
	if s.nlIsEnd && r == '\n' {
		s.atEOF = true
	}
	return r
}

func (s *ss) unreadRune() {
	s.pos -= s.last
	s.last = 0
	s.atEOF = false
	s.count--
}

// mustReadRune reads a rune where the end of input is a syntax error.
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// notEOF ends the scan with io.EOF if no input is left.
func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		s.fail(io.EOF)
		return
	}
	s.unreadRune()
}

func isSpace(r rune) bool {
	switch {
	case r == ' ' || r >= '\t' && r <= '\r' || r == 0x85 || r == 0xa0 || r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a || r == 0x2028 || r == 0x2029 || r == 0x202f:
		return true
	}
	return r == 0x205f || r == 0x3000
}

func (s *ss) skipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.unreadRune()
			return
		}
	}
}

func indexRune(str string, r rune) int {
	for i, c := range str {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune if it is in ok, keeping it in buf when accept.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.unreadRune()
	}
	return false
}

func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.unreadRune()
	}
	return indexRune(ok, r) >= 0
}

func (s *ss) accept(ok string) bool { return s.consume(ok, true) }

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) >= 0 {
		return true
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *ss) scanBool(verb rune) bool {
	s.skipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.errorString("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.errorString("syntax error scanning boolean")
		}
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
)

func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := int64(s.getRune())
	n := uint(bitSize)
	if x := (r << (64 - n)) >> (64 - n); x != r {
		s.errorString("overflow on character value " + string(rune(r)))
	}
	return r
}

// scanBasePrefix reads a 0b, 0o, 0x or 0 prefix, for %v.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// integerToken reads an integer's token for verb (a sign first when signed; a base prefix
// for %v) and the base to parse it in.
func (s *ss) integerToken(verb rune, signed bool) (string, int) {
	s.skipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		if signed {
			s.accept("+-")
		}
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	return s.scanNumber(digits, haveDigits), base
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	tok, base := s.integerToken(verb, true)
	if s.err != nil {
		return 0
	}
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
		return 0
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	tok, base := s.integerToken(verb, false)
	if s.err != nil {
		return 0
	}
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
		return 0
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

// convertFloat parses a float token, with Go's decimal mantissa and binary exponent (1.2p4).
func (s *ss) convertFloat(str string, n int) float64 {
	if s.err != nil {
		return 0
	}
	if p := indexRune(str, 'p'); p >= 0 && indexRune(str, 'x') < 0 && indexRune(str, 'X') < 0 {
		f, err := strconv.ParseFloat(str[:p], n)
		if err == nil {
			var m int
			if m, err = strconv.Atoi(str[p+1:]); err == nil {
				return math.Ldexp(f, m)
			}
		}
		// The error names the whole token.
		if e, ok := err.(*strconv.NumError); ok {
			e.Num = str
		}
		s.fail(err)
		return 0
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.fail(err)
	}
	return f
}

func (s *ss) scanFloat(verb rune, n int, typ string) float64 {
	if !s.okVerb(verb, "beEfFgGv", typ) {
		return 0
	}
	s.skipSpace()
	s.notEOF()
	if s.err != nil {
		return 0
	}
	return s.convertFloat(s.floatToken(), n)
}

func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.skipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if isSpace(r) {
			s.unreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return string(s.buf)
}

func (s *ss) quotedString() string {
	s.notEOF()
	switch quote := s.getRune(); quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote || s.err != nil {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for s.err == nil {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		if s.err != nil {
			return ""
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return result
	default:
		s.errorString("expected quoted string")
	}
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case d >= '0' && d <= '9':
		return int(d - '0'), true
	case d >= 'a' && d <= 'f':
		return 10 + int(d-'a'), true
	case d >= 'A' && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

func (s *ss) hexString() string {
	s.notEOF()
	for s.err == nil {
		r := s.getRune()
		if r == eof {
			break
		}
		hi, ok := hexDigit(r)
		if !ok {
			s.unreadRune()
			break
		}
		lo, ok := hexDigit(s.mustReadRune())
		if !ok {
			s.errorString("illegal hex digit")
			break
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if s.err == nil && len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
	}
	return string(s.buf)
}

// scanOne scans one operand, storing it only if the scan of it succeeds.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	switch v := arg.(type) {
	case *bool:
		if x := s.scanBool(verb); s.err == nil {
			*v = x
		}
	case *int:
		if x := s.scanInt(verb, strconv.IntSize); s.err == nil {
			*v = int(x)
		}
	case *int8:
		if x := s.scanInt(verb, 8); s.err == nil {
			*v = int8(x)
		}
	case *int16:
		if x := s.scanInt(verb, 16); s.err == nil {
			*v = int16(x)
		}
	case *int32:
		if x := s.scanInt(verb, 32); s.err == nil {
			*v = int32(x)
		}
	case *int64:
		if x := s.scanInt(verb, 64); s.err == nil {
			*v = x
		}
	case *uint:
		if x := s.scanUint(verb, strconv.IntSize); s.err == nil {
			*v = uint(x)
		}
	case *uint8:
		if x := s.scanUint(verb, 8); s.err == nil {
			*v = uint8(x)
		}
	case *uint16:
		if x := s.scanUint(verb, 16); s.err == nil {
			*v = uint16(x)
		}
	case *uint32:
		if x := s.scanUint(verb, 32); s.err == nil {
			*v = uint32(x)
		}
	case *uint64:
		if x := s.scanUint(verb, 64); s.err == nil {
			*v = x
		}
	case *uintptr:
		if x := s.scanUint(verb, 64); s.err == nil {
			*v = uintptr(x)
		}
	case *float32:
		if x := s.scanFloat(verb, 32, "float32"); s.err == nil {
			*v = float32(x)
		}
	case *float64:
		if x := s.scanFloat(verb, 64, "float64"); s.err == nil {
			*v = x
		}
	case *string:
		if x := s.convertString(verb); s.err == nil {
			*v = x
		}
	case *[]byte:
		if x := s.convertString(verb); s.err == nil {
			*v = []byte(x)
		}
	default:
		if t := Sprintf("%T", arg); t == "" || t[0] != '*' {
			s.errorString("type not a pointer: " + t)
		} else {
			s.errorString("can't scan type: " + t)
		}
	}
}

func (s *ss) doScan(a []any) (int, error) {
	n := 0
	for _, arg := range a {
		s.scanOne('v', arg)
		if s.err != nil {
			return n, s.err
		}
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return n, s.err
}

// advance matches the format's spaces and literals up to its next verb against the input:
// the bytes of format used, or -1 when the input does not match.
func (s *ss) advance(format string) int {
	i := 0
	for i < len(format) && s.err == nil {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.unreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
				return 0
			}
			if nextc, _ := utf8.DecodeRuneInString(format[i+w:]); nextc != '%' {
				return i
			}
			i += w
		}
		inputc := s.mustReadRune()
		if s.err != nil {
			return 0
		}
		if fmtc != inputc {
			s.unreadRune()
			return -1
		}
		i += w
	}
	return i
}

func (s *ss) doScanf(format string, a []any) (int, error) {
	n := 0
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if s.err != nil {
			return n, s.err
		}
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++
		wid := hugeWid
		for j := i; j < end && format[j] >= '0' && format[j] <= '9'; j++ {
			if j == i {
				wid = 0
			}
			if wid > 1e6 {
				// A crazy long width: Go reads it as none, from the format's last byte.
				wid, i = hugeWid, end
				break
			}
			wid = wid*10 + int(format[j]-'0')
			i = j + 1
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.skipSpace()
		}
		if c == '%' {
			s.skipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = hugeWid
		if f := s.count + wid; f < s.argLimit {
			s.argLimit = f
		}
		if n >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[n])
		if s.err != nil {
			return n, s.err
		}
		n++
		s.argLimit = hugeWid
	}
	if s.err == nil && n < len(a) {
		s.errorString("too many operands")
	}
	return n, s.err
}
