// bufio: a Scanner splits a text into lines, goroutines count each line's words with
// ScanWords, results go out through a Writer that shows nothing until flushed; runes,
// CRLF lines, a token over the Buffer limit (ErrTooLong), ErrFinalToken, a Reader's
// ReadString and ReadRune, and a small Writer that flushes when full.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

const text = `the quick brown fox
jumps over the lazy dog
the end`

func main() {
	// Count words per line concurrently.
	sc := bufio.NewScanner(strings.NewReader(text))
	results := make(chan string)
	var wg sync.WaitGroup
	n := 0
	for sc.Scan() {
		line := sc.Text()
		n++
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			words := bufio.NewScanner(strings.NewReader(line))
			words.Split(bufio.ScanWords)
			c := 0
			for words.Scan() {
				c++
			}
			results <- fmt.Sprintf("line %d: %d words", i, c)
		}(n)
	}
	go func() { wg.Wait(); close(results) }()
	out := bufio.NewWriter(os.Stdout)
	for r := range results {
		fmt.Fprintln(out, r)
	}
	fmt.Println("before flush", out.Buffered())
	out.Flush()
	fmt.Println(sc.Err())

	rs := bufio.NewScanner(strings.NewReader(string(append([]byte("héllo"), 0xff, 0x21))))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	bs := bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	for bs.Scan() {
		fmt.Printf("[%s]", bs.Bytes())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
		fmt.Println("token", long.Text())
	}
	fmt.Println(long.Err(), errors.Is(long.Err(), bufio.ErrTooLong))

	r := bufio.NewReader(strings.NewReader("one\ntwo\nthree"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("añb"))
	for {
		c, size, err := r2.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(c), size)
	}
	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 8)
	w.WriteString("abc")
	fmt.Println(sb.Len(), w.Buffered(), w.Available())
	w.WriteString("defghij")
	fmt.Println(sb.Len(), w.Buffered())
	w.WriteByte('!')
	w.WriteRune('é')
	w.Flush()
	fmt.Println(sb.String())
	final := bufio.NewScanner(strings.NewReader("a,b,STOP,c"))
	final.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, nil, bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for final.Scan() {
		fmt.Print(final.Text(), " ")
	}
	fmt.Println(final.Err())
	unflushed := bufio.NewWriter(os.Stdout)
	fmt.Fprint(unflushed, "never shown")
}
