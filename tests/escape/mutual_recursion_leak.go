package main

var g *int

func ping(p *int, n int) {
	if n == 0 {
		g = p
		return
	}
	pong(p, n-1)
}

func pong(p *int, n int) { ping(p, n) }

func main() {
	x := 1
	ping(&x, 3)
}
