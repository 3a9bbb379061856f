package main

func f() []int {
	arr := [3]int{1, 2, 3}
	s := arr[:]
	return s
}

func main() {
	println(len(f()))
}
