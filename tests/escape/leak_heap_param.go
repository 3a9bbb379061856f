package main

var g *int

func keep(p *int) { g = p }

type holder struct{ p *int }

var h holder

func keepField(p *int) { h.p = p }

func main() {
	x := 1
	keep(&x)
	y := 2
	keepField(&y)
}
