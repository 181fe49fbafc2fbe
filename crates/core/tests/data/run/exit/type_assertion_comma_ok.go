// Checks type assertions with comma-ok on interface values of several dynamic types.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	vals := []any{42, "text", 3.5, nil, []int{1}}
	for _, v := range vals {
		n, ok := v.(int)
		s, ok2 := v.(string)
		fmt.Printf("%v: int=%d,%t string=%q,%t\n", v, n, ok, s, ok2)
	}
	var r io.Reader = strings.NewReader("abc")
	_, isWriter := r.(io.Writer)
	_, isStringer := r.(fmt.Stringer)
	_, isReader := r.(*strings.Reader)
	fmt.Println(isWriter, isStringer, isReader)
}
