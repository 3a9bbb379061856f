package main

func f() int {
	x := 1
	return func() int { return x + 1 }()
}

func g() int {
	y := 2
	func() { y++ }()
	return y
}

func main() {
	println(f(), g())
}
