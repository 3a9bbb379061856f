package main

var g []int

func f() { g = []int{1, 2, 3} }

func h() []int { return []int{4} }

func k() int {
	s := []int{5, 6}
	return s[0]
}

func main() {
	f()
	println(len(h()), k())
}
