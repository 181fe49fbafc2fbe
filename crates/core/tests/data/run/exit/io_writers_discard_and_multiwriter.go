// Workers write their reports through io.MultiWriter (to a shared buffer and stdout) and
// drop their debug lines into io.Discard; a short writer stops MultiWriter with
// io.ErrShortWrite, a failing one with its error; runtime.GC returns at once.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"runtime"
	"strings"
	"sync"
)

type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) - 1, nil }

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, fmt.Errorf("disk full") }

func main() {
	var (
		mu  sync.Mutex
		all strings.Builder
		wg  sync.WaitGroup
	)
	report := io.MultiWriter(&all, os.Stdout)
	debug := log.New(io.Discard, "debug: ", 0)
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			debug.Printf("worker %d starting", w)
			mu.Lock()
			fmt.Fprintf(report, "worker %d done\n", w)
			mu.Unlock()
		}()
	}
	wg.Wait()
	runtime.GC()
	fmt.Print(strings.ToUpper(all.String()))

	n, err := fmt.Fprintf(io.Discard, "gone %d", 12345)
	fmt.Println(n, err)
	fmt.Printf("%T %v\n", io.Discard, io.Discard == io.Discard)
	_, err = io.WriteString(io.MultiWriter(short{}, os.Stdout), "never\n")
	fmt.Println(err, err == io.ErrShortWrite)
	_, err = io.MultiWriter(io.Discard, failing{}, os.Stdout).Write([]byte("never\n"))
	fmt.Println(err)
}
