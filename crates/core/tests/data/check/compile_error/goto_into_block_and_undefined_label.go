//@ error: 9:7: goto In jumps into block starting at 6:10
//@ errors: 3
package main

func main() {
	if true {
	In:
	}
	goto In
	for i := 0; i < 1; i++ {
		goto Out
	}
	switch {
	case true:
	Case:
	}
	goto Case
}
