package main

func cp(dst, src []int) int { return copy(dst, src) }

func cpPtr(dst, src []*int) int { return copy(dst, src) }

func main() {
	a := make([]int, 2)
	println(cp(a, []int{1, 2}), cpPtr(nil, nil))
}
