package main

type pair struct{ a, b *int }

func mk(x, y *int) pair { return pair{x, y} }

func firstOf(p pair) *int { return p.a }

func main() {
	i, j := 1, 2
	p := mk(&i, &j)
	println(*firstOf(p))
}
