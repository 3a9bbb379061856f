package main

func work(p *int) { *p = 1 }

func f() int {
	x := 0
	defer work(&x)
	defer func() { x++ }()
	return x
}

func main() {
	println(f())
}
