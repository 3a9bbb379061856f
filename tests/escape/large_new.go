package main

func huge() int {
	p := new([1 << 17]int)
	p[0] = 1
	return p[0]
}

func small() int {
	q := new([16]int)
	q[0] = 2
	return q[0]
}

func main() {
	println(huge(), small())
}
