package main

func pair(p *int) (*int, int) { return p, *p }

func swap(a, b *int) (*int, *int) { return b, a }

func main() {
	x := 1
	y := 2
	p, n := pair(&x)
	a, b := swap(&x, &y)
	println(*p, n, *a, *b)
}
