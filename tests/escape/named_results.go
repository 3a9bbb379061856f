package main

func two(a, b *int) (x, y *int) {
	x = b
	y = a
	return
}

func named() (r *int) {
	v := 5
	r = &v
	return
}

func main() {
	i, j := 1, 2
	p, q := two(&i, &j)
	println(*p, *q, *named())
}
