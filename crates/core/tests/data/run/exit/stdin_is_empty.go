// Standard input is empty, as for `go run prog < /dev/null`: a bufio.Reader's ReadString
// gives "" and io.EOF, a Scanner stops at once without error, io.ReadAll reads nothing.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	fmt.Print("Enter your name: ")
	name, err := reader.ReadString('\n')
	fmt.Printf("%q %v\n", name, err)
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println(lines, sc.Err())
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err, os.Stdin.Name())
}
