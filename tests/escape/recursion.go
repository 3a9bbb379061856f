package main

func fact(n int, acc *int) {
	if n == 0 {
		return
	}
	*acc *= n
	fact(n-1, acc)
}

func walk(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return walk(p, n-1)
}

func main() {
	r := 1
	fact(5, &r)
	x := 2
	println(r, *walk(&x, 3))
}
