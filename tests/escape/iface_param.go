package main

func use(v interface{}) {}

var g interface{}

func keep(v interface{}) { g = v }

func main() {
	x := 1
	use(x)
	y := 2
	keep(y)
}
