package main

type cfg struct {
	name *string
	n    *int
}

func mk(s string, n int) cfg { return cfg{&s, &n} }

func main() {
	c := mk("a", 1)
	println(*c.name, *c.n)
}
