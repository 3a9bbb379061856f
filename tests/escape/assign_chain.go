package main

var g *int

func f() {
	x := 1
	p := &x
	q := p
	r := q
	g = r
}

func h() int {
	y := 2
	p := &y
	q := p
	return *q
}

func main() {
	f()
	println(h())
}
