// Checks sending struct values over a buffered channel: the receiver gets copies.
package main

import "fmt"

type job struct {
	ID   int
	Name string
	Tags []string
}

func main() {
	ch := make(chan job, 2)
	j := job{ID: 1, Name: "build", Tags: []string{"ci"}}
	ch <- j
	j.Name = "changed after send"
	ch <- job{ID: 2, Name: "test"}
	close(ch)
	for got := range ch {
		fmt.Printf("%+v\n", got)
	}
	fmt.Println(j.Name)
}
