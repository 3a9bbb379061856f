package main

func f() *int {
	x := 1
	return &x
}

func g() *int {
	var y int
	p := &y
	return p
}

func h() int {
	z := 2
	p := &z
	return *p
}

func main() {
	println(*f(), *g(), h())
}
