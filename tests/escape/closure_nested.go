package main

func outer() func() func() int {
	x := 1
	return func() func() int {
		return func() int { return x }
	}
}

func main() {
	println(outer()()())
}
