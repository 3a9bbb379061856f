package main

func sliced() []int {
	var a [4]int
	return a[:]
}

func localSlice() int {
	var b [4]int
	s := b[1:3]
	return len(s)
}

func main() {
	println(len(sliced()), localSlice())
}
