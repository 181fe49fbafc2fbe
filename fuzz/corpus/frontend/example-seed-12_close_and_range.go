// Closing a channel: range over a closed chan person
// What to look for: after close(message) the range loop drains the two buffered values and then ends instead of deadlocking.
package main

import "fmt"

type person struct {
	Name string
	Age  int
}

func main() {
	message := make(chan person, 3)
	message <- person{Name: "ping 1", Age: 1}
	message <- person{Name: "ping 2", Age: 2}

	close(message)

	for element := range message {
		fmt.Printf("Age plus one is: %d\n", element.Age+1)
	}
}
