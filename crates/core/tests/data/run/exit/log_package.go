// Package log: the standard logger with flags and a prefix, a Logger per goroutine pool
// writing into a bytes.Buffer with Lmsgprefix, Lshortfile on os.Stdout, and log.Fatalf
// exiting with status 1 without running deferred calls.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"sync"
)

func main() {
	log.SetFlags(0)
	log.Println("starting", 3, "workers")
	log.SetPrefix("[main] ")
	log.Printf("flags=%d prefix=%q", log.Flags(), log.Prefix())
	var buf bytes.Buffer
	logger := log.New(&buf, "worker: ", log.Lmsgprefix)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			logger.Printf("job %d done", i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Print(buf.String())
	out := log.New(os.Stdout, "", log.Lshortfile)
	out.Println("to stdout with a file")
	defer fmt.Println("deferred: not run by Fatal")
	log.Fatalf("giving up after %d tries", 3)
}
