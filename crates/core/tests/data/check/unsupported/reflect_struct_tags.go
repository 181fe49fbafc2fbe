//@ unsupported: 5:2: unsupported: package reflect (the simulator provides fmt, sync, sync/atomic, time, context, errors, strings, bytes, strconv, math, math/rand, math/rand/v2, os, log, sort, slices, maps, iter, cmp, runtime, unicode, unicode/utf8, io, bufio and net/http)
package main

import (
	"reflect"
	"fmt"
)

type User struct {
	Name string `json:"name"`
}

func main() {
	f, _ := reflect.TypeOf(User{}).FieldByName("Name")
	fmt.Println(f.Tag.Get("json"))
}
