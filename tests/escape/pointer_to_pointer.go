package main

func set(pp **int, p *int) { *pp = p }

func main() {
	var p *int
	x := 1
	set(&p, &x)
	println(*p)
}
