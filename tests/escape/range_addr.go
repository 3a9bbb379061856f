package main

var g *int

func f(s []int) {
	for _, v := range s {
		g = &v
	}
}

func sum(s []int) int {
	t := 0
	for i := range s {
		p := &s[i]
		t += *p
	}
	return t
}

func main() {
	f([]int{1})
	println(sum([]int{1, 2}))
}
