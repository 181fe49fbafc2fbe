package main

import "fmt"

type Counter struct {
	name  string
	count int
}

func (c Counter) Value() int { return c.count }

func (c Counter) Describe() string {
	return fmt.Sprintf("%s=%d", c.name, c.count)
}

func (c *Counter) Inc() { c.count++ }

func (c *Counter) Add(n int) *Counter {
	c.count += n
	return c
}

func main() {
	c := Counter{name: "hits"}
	c.Inc() // addressable value: Go takes &c automatically
	c.Add(2).Add(3)
	fmt.Println(c.Value(), c.Describe())

	p := &Counter{name: "misses"}
	p.Inc()
	fmt.Println(p.Value(), p.Describe()) // value method through a pointer

	inc := c.Inc // method value
	inc()
	describe := Counter.Describe // method expression
	fmt.Println(describe(c))
	(*Counter).Inc(p)
	fmt.Println(p.count)
}
