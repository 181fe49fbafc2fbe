//@ unsupported: 7:14: unsupported: float constants beyond 8192 bits
package main

import "fmt"

func main() {
	fmt.Println(1e3000 * 0)
}
