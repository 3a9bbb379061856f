package main

func rangeCapture(xs []int) []func() int {
	var fs []func() int
	for i, v := range xs {
		fs = append(fs, func() int { return i*100 + v })
	}
	return fs
}

func bodyCapture(xs []int) []func() int {
	var fs []func() int
	for _, v := range xs {
		w := v
		fs = append(fs, func() int { return w })
	}
	return fs
}

func localRange(xs []int) int {
	total := 0
	for _, v := range xs {
		f := func() int { return v }
		total += f()
	}
	return total
}

func main() {
	for _, f := range rangeCapture([]int{7, 8, 9}) {
		println(f())
	}
	for _, f := range bodyCapture([]int{1, 2}) {
		println(f())
	}
	println(localRange([]int{3, 4}))
}
