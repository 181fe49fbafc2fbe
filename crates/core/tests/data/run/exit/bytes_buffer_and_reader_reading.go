// bytes.Buffer read back (ReadString, ReadByte, Next, Read, ReadRune, ReadBytes, io.Copy,
// io.ReadAll) after goroutines wrote to it under a mutex, and bytes.Reader feeding a Scanner.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"
)

func main() {
	var buf bytes.Buffer
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(&buf, "result %d\n", i*i)
		}()
	}
	wg.Wait()
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	c, _ := buf.ReadByte()
	fmt.Println(string(c), string(buf.Next(6)), buf.String() != "")
	n, err := io.Copy(os.Stdout, &buf)
	fmt.Println(n, err, buf.Len())
	p := make([]byte, 4)
	n2, err := buf.Read(p)
	fmt.Println(n2, err)
	buf.WriteString("añ")
	r, size, err := buf.ReadRune()
	fmt.Println(string(r), size, err)
	rest, err := buf.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)

	br := bytes.NewReader([]byte("alpha beta\ngamma"))
	fmt.Println(br.Len(), br.Size())
	sc := bufio.NewScanner(br)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(br.Len())
	data, err := io.ReadAll(bytes.NewReader([]byte("all of it")))
	fmt.Println(string(data), err)
	var out bytes.Buffer
	out.Write([]byte("xyz"))
	b2, _ := io.ReadAll(&out)
	fmt.Println(string(b2), out.Len())
}
