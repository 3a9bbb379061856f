package main

func f(r rune) int {
	s := string(r)
	return len(s)
}

func g(r rune) string { return string(r) }

func main() {
	println(f('a'), g('b'))
}
