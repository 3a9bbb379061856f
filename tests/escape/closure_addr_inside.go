package main

var g *int

func f() {
	x := 1
	func() {
		g = &x
	}()
}

func main() {
	f()
}
