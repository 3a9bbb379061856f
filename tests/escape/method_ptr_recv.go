package main

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func (c *counter) self() *counter { return c }

func (c counter) get() int { return c.n }

func main() {
	var c counter
	c.inc()
	d := counter{}
	e := d.self()
	println(c.get(), e.n)
}
