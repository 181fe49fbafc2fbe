// Package runtime as the simulator provides it.
package runtime

func Gosched()
func Goexit()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
