// A generic publish/subscribe broker with typed per-topic channels.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Broker[T any] struct {
	mu   sync.Mutex
	subs map[string][]chan T
}

func NewBroker[T any]() *Broker[T] {
	return &Broker[T]{subs: make(map[string][]chan T)}
}

func (b *Broker[T]) Subscribe(topic string, buf int) <-chan T {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan T, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker[T]) Publish(topic string, v T) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- v
	}
	return len(b.subs[topic])
}

func (b *Broker[T]) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
}

type Event struct {
	ID   int
	Body string
}

func main() {
	b := NewBroker[Event]()
	var wg sync.WaitGroup
	logs := make([]string, 3)
	for i, topic := range []string{"news", "news", "sport"} {
		ch := b.Subscribe(topic, 4)
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sb strings.Builder
			for e := range ch {
				fmt.Fprintf(&sb, "[%d:%s]", e.ID, e.Body)
			}
			logs[i] = fmt.Sprintf("sub%d(%s) %s", i, topic, sb.String())
		}()
	}
	fmt.Println(b.Publish("news", Event{1, "hello"}))
	fmt.Println(b.Publish("sport", Event{2, "goal"}))
	fmt.Println(b.Publish("weather", Event{3, "rain"}))
	fmt.Println(b.Publish("news", Event{4, "bye"}))
	b.Close()
	wg.Wait()
	fmt.Println(strings.Join(logs, "\n"))
	fmt.Printf("%T %v\n", b, Event{5, "x"})
}
