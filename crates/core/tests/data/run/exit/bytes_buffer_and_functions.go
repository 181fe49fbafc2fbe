// The bytes package: a bytes.Buffer guarded by a mutex collects goroutines' fmt.Fprintf output;
// Buffer's Write family, Truncate, Reset, NewBufferString, and the common byte-slice functions.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type SafeLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *SafeLog) Printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(&l.buf, format, args...)
}

func main() {
	var log SafeLog
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			log.Printf("worker %d done\n", i)
		}()
	}
	wg.Wait()
	fmt.Print(log.buf.String())
	fmt.Println(log.buf.Len())
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!"))
	fmt.Println(b.String(), b.Len(), len(b.Bytes()))
	b.Truncate(5)
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	nb := bytes.NewBufferString("abc")
	nb.WriteString("def")
	fmt.Println(nb, nb.String())
	x := []byte("Hello, World")
	fmt.Println(bytes.Contains(x, []byte("World")), bytes.Equal(x, []byte("Hello, World")), bytes.Index(x, []byte(",")))
	fmt.Println(string(bytes.ToUpper(x)), bytes.HasPrefix(x, []byte("He")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s|%q\n", bytes.TrimSpace([]byte("  pad  ")), bytes.Repeat([]byte("ab"), 3))
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
}
