//@ unsupported: 6:2: unsupported: import of package unsafe
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	x := 1
	fmt.Println(unsafe.Sizeof(x))
}
