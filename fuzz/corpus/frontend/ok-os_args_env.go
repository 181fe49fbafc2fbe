package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	home := os.Getenv("GOROSCOPE_UNSET_VARIABLE")
	fmt.Println(home == "")
	if v, ok := os.LookupEnv("GOROSCOPE_UNSET_VARIABLE"); !ok {
		fmt.Println("not set", v == "")
	}
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	if len(os.Args) > 5 {
		fmt.Println(strings.Join(os.Args, " "))
		os.Exit(3)
	}
	defer fmt.Println("deferred call runs when main returns")
}
