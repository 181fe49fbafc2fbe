//@ error: 4:14: string not terminated
package main

var banner = `this raw string
never ends

func main() {
	println(banner)
}
