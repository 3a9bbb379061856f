package main

func join(a, b []int) []int { return append(a, b...) }

func joinPtrs(a, b []*int) []*int { return append(a, b...) }

func main() {
	println(len(join([]int{1}, []int{2})), len(joinPtrs(nil, nil)))
}
