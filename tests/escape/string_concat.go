package main

var g string

func cat(a, b string) string { return a + b }

func local(a string) int {
	s := a + "!"
	return len(s)
}

func keep(a string) { g = a + "?" }

func main() {
	println(cat("x", "y"), local("z"))
	keep("w")
}
