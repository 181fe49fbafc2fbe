//@ error: 5:2: undefined: fmt
package main

func main() {
	fmt.Println("forgot the import")
}
