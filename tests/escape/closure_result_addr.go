package main

func f() int {
	var u int
	*(func() *int { return &u }()) = 42
	return u
}

func main() {
	println(f())
}
