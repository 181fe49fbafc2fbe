// sync.Once: three goroutines, one initialisation
// What to look for: every goroutine calls once.Do(loadConfig), but "loading config" prints once; the others wait for it and then read.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var config map[string]string

	loadConfig := func() {
		fmt.Println("loading config")
		config = map[string]string{"env": "prod"}
	}

	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
			fmt.Printf("goroutine %d sees env=%s\n", i, config["env"])
		}()
	}
	wg.Wait()
}
