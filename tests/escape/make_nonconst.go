package main

func dyn(n int) int {
	s := make([]int, n)
	return len(s)
}

func fixed() int {
	s := make([]int, 10)
	return len(s)
}

func capDyn(n int) int {
	s := make([]int, 0, n)
	return cap(s)
}

func main() {
	println(dyn(3), fixed(), capDyn(4))
}
