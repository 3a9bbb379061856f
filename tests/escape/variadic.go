package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepAll(ps ...*int) []*int { return ps }

func main() {
	a, b := 1, 2
	println(sum(1, 2, 3), sum(), len(keepAll(&a, &b)))
	s := []int{4, 5}
	println(sum(s...))
}
