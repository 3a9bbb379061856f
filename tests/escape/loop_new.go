package main

func f() int {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int)
	}
	return *p
}

func g() int {
	t := 0
	for i := 0; i < 3; i++ {
		q := new(int)
		*q = i
		t += *q
	}
	return t
}

func main() {
	println(f(), g())
}
