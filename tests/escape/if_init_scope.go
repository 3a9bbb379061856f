package main

var g *int

func f(n int) {
	if x := n * 2; x > 0 {
		g = &x
	}
}

func main() {
	f(1)
}
