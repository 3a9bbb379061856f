package main

func f() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	return *p
}

func g() int {
	var p *int
	y := 0
	for i := 0; i < 3; i++ {
		p = &y
	}
	return *p
}

func main() {
	println(f(), g())
}
