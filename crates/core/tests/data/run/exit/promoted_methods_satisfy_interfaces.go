// Checks methods promoted from embedded fields reach interfaces, fmt's Stringer, sort.Sort (an
// embedded interface) and sync.Locker (an embedded sync.Mutex).
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Inner struct{ N int }

func (i Inner) String() string { return fmt.Sprintf("Inner<%d>", i.N) }

type Outer struct{ Inner }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type rev struct{ sort.Interface }

func (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }

type SafeMap struct {
	sync.Mutex
	m map[string]int
}

func main() {
	fmt.Println(Outer{Inner{3}})
	s := []string{"aaa", "b", "cc"}
	sort.Sort(rev{byLen(s)})
	fmt.Println(s)
	sm := SafeMap{m: map[string]int{}}
	sm.Lock()
	sm.m["a"] = 1
	sm.Unlock()
	var l sync.Locker = &sm
	l.Lock()
	l.Unlock()
	fmt.Println(sm.m)
}
