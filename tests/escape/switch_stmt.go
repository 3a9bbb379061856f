package main

func pick(n int, a, b *int) *int {
	switch n {
	case 0:
		return a
	default:
		return b
	}
}

func main() {
	x, y := 1, 2
	println(*pick(1, &x, &y))
}
