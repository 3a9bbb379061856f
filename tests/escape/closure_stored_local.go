package main

func f() int {
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	return x
}

func main() {
	println(f())
}
