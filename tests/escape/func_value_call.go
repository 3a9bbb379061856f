package main

func call(f func(*int), p *int) { f(p) }

func noop(p *int) {}

func main() {
	x := 1
	call(noop, &x)
	var g func(*int) = noop
	y := 2
	g(&y)
}
