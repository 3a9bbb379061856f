package main

func id(p *int) *int { return p }

func first(a, b *int) *int { return a }

func main() {
	x := 1
	y := 2
	println(*id(&x), *first(&x, &y))
}
