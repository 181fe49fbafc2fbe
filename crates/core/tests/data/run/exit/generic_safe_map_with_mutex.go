// A generic map guarded by a sync.Mutex, written by eight goroutines.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Set(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	s.m[k] = f(s.m[k])
	s.mu.Unlock()
}

func (s *SafeMap[K, V]) Keys() []K {
	s.mu.Lock()
	defer s.mu.Unlock()
	ks := make([]K, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	sm := NewSafeMap[string, int]()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				sm.Update("k"+strconv.Itoa(i%4), func(v int) int { return v + 1 })
			}
			sm.Set("g"+strconv.Itoa(g), g*g)
		}(g)
	}
	wg.Wait()
	ks := sm.Keys()
	sort.Strings(ks)
	for _, k := range ks {
		v, _ := sm.Get(k)
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	v, ok := sm.Get("missing")
	fmt.Println(v, ok, len(ks))
	fmt.Printf("%T\n", sm)
}
