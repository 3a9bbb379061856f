package main

func main() {
	x := 1
	f := func(p *int) int { return *p }
	println(f(&x))
}
