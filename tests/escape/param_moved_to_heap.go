package main

var g **int

func f(p *int) { g = &p }

func h(n int) *int { return &n }

func main() {
	x := 1
	f(&x)
	println(*h(2))
}
